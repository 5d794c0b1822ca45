/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pursuit-bench-generator.h"
#include "pursuit-error.h"
#include "pursuit-job.h"
#include "pursuit-repository.h"
#include "pursuit-repository-bulk.h"
#include "pursuit-stage-change.h"

/* Realistic jobs for the benchmark: customer service, contact center and
 * support jobs at many companies in many countries, with pay as posted,
 * postings of a few hundred words and timelines of up to five stages over
 * the last ~200 days. Everything comes from one GRand, so a seed gives the
 * same jobs (times are counted back from the day the data is made). */

#define DAY (24 * 60 * 60)
#define BATCH_SIZE 1000

/* Companies: a name, a sector (which gives the industry) and a legal form. */
static const char * const company_names[] = {
  "Northwind", "Blue Harbor", "Summit", "Brightline", "Cedar & Finch", "Lumen", "Pioneer", "Atlas",
  "Keystone", "Maple Leaf", "Orchid", "Redwood", "Silverline", "Tidewater", "Vantage", "Willowbrook",
  "Zenith", "Crescent", "Evergreen", "Nordlicht", "Soleil", "Sakura", "Aurora", "Bluebird",
  "Cobalt", "Driftwood", "Elmstead", "Foxglove", "Granite Peak", "Hollis", "Ironbridge", "Juniper",
  "Kestrel", "Larkspur", "Meridian", "Nimbus", "Oakhaven", "Paloma", "Quartz", "Riverside",
  "Saffron", "Thistle", "Umber", "Velvet Moon", "Wavecrest", "Yarrow", "Zephyr", "Almond Tree",
  "Beacon Hill", "Copperleaf", "Duna", "Estrela", "Fjordline", "Gulfstream", "Harmonia", "Isla Verde",
  "Jacaranda", "Kiwi Coast", "Lindqvist", "Mistral", "Nova Terra", "Olivetree", "Polaris", "Quokka",
};

typedef struct
{
  const char *word;
  const char *industry;
  const char *product;
} Sector;

static const Sector sectors[] = {
  { "Telecom", "Telecommunications", "prepaid and postpaid mobile plans" },
  { "Health", "Healthcare", "medical appointments and prescriptions" },
  { "Insurance", "Insurance", "home and car insurance policies" },
  { "Bank", "Banking", "online banking and credit cards" },
  { "Retail", "Retail", "online orders and in-store returns" },
  { "Logistics", "Logistics", "parcel deliveries and tracking" },
  { "Energy", "Energy", "gas and electricity tariffs" },
  { "Airlines", "Airlines", "flight bookings and baggage claims" },
  { "Software", "Software", "payroll and accounting software" },
  { "Travel", "Travel", "hotel and holiday bookings" },
  { "Mobility", "Transportation", "ride sharing and scooter rentals" },
  { "Utilities", "Utilities", "water and broadband connections" },
  { "Hotels", "Hospitality", "hotel reservations and loyalty points" },
  { "Foods", "Food and beverage", "meal kit subscriptions" },
  { "Pharma", "Pharmaceuticals", "patient support programmes" },
  { "Financial", "Financial services", "loans, savings and pensions" },
  { "Media", "Media", "streaming subscriptions" },
  { "Games", "Video games", "online games and in-game purchases" },
  { "Outsourcing", "Business process outsourcing", "contact center services for global brands" },
  { "Commerce", "E-commerce", "marketplace orders and seller accounts" },
  { "Electronics", "Consumer electronics", "smart home devices and warranties" },
  { "Education", "Education", "online courses and student accounts" },
  { "Gov Services", "Public sector", "public services and benefit claims" },
  { "Fitness", "Health and fitness", "gym memberships and personal training" },
};

static const char * const legal_forms[] = {
  "", "", "", " Inc.", " Ltd", " GmbH", " S.A.", " B.V.", " AB", " Pty Ltd", " LLC", " plc", " AG", " S.p.A.",
};

typedef struct
{
  const char *name;
  gboolean levels; /* takes "Senior", "Junior" and the like */
  double pay;      /* relative to an entry-level agent */
} Role;

static const Role roles[] = {
  { "Customer Service Representative", TRUE, 1.0 },
  { "Customer Support Specialist", TRUE, 1.05 },
  { "Contact Center Agent", TRUE, 0.95 },
  { "Call Center Agent", TRUE, 0.95 },
  { "Contact Centre Advisor", TRUE, 0.95 },
  { "Customer Experience Specialist", TRUE, 1.1 },
  { "Technical Support Engineer", TRUE, 1.35 },
  { "Technical Support Agent", TRUE, 1.15 },
  { "Customer Success Manager", TRUE, 1.7 },
  { "Client Services Associate", TRUE, 1.05 },
  { "Help Desk Analyst", TRUE, 1.2 },
  { "Service Desk Analyst", TRUE, 1.2 },
  { "Workforce Management Analyst", TRUE, 1.4 },
  { "Quality Assurance Analyst, Contact Center", TRUE, 1.3 },
  { "Escalations Specialist", TRUE, 1.25 },
  { "Bilingual Customer Care Advisor", TRUE, 1.15 },
  { "Chat Support Agent", TRUE, 0.95 },
  { "Billing Support Specialist", TRUE, 1.1 },
  { "Retention Specialist", TRUE, 1.1 },
  { "Inbound Sales and Service Agent", TRUE, 1.0 },
  { "Community Support Moderator", TRUE, 0.95 },
  { "Complaints Handler", TRUE, 1.05 },
  { "Knowledge Base Specialist", TRUE, 1.25 },
  { "Customer Onboarding Specialist", TRUE, 1.2 },
  { "Patient Access Representative", TRUE, 1.05 },
  { "Support Team Lead", FALSE, 1.45 },
  { "Contact Center Supervisor", FALSE, 1.5 },
  { "Customer Care Manager", FALSE, 1.9 },
  { "Contact Center Operations Manager", FALSE, 2.2 },
  { "CX Operations Manager", FALSE, 2.2 },
  { "Voice of the Customer Analyst", FALSE, 1.5 },
  { "Training Specialist, Customer Service", FALSE, 1.4 },
  { "Head of Customer Experience", FALSE, 3.0 },
  { "Director of Customer Support", FALSE, 3.4 },
  { "Customer Service Trainee", FALSE, 0.85 },
};

typedef struct
{
  const char *prefix;
  double pay;
} Level;

static const Level levels[] = {
  { "", 1.0 }, { "", 1.0 }, { "", 1.0 }, { "Senior ", 1.25 }, { "Junior ", 0.92 },
  { "Lead ", 1.45 }, { "Associate ", 1.0 }, { "Principal ", 1.8 }, { "Tier 2 ", 1.15 }, { "Level 3 ", 1.35 },
};

/* A place, its currency, what an entry-level agent earns there an hour in
 * that currency (a rough order of magnitude, enough for realistic figures),
 * and how postings there usually state pay. */
typedef struct
{
  const char *name;
  const char *currency;
  double hourly;
  PursuitPayPeriod period;
  gboolean remote;
} Place;

static const Place places[] = {
  { "Austin, TX, United States", "USD", 18, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Phoenix, AZ, United States", "USD", 17.5, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Tampa, FL, United States", "USD", 16.5, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Columbus, OH, United States", "USD", 17, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Salt Lake City, UT, United States", "USD", 18, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Toronto, ON, Canada", "CAD", 20, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Montréal, QC, Canada", "CAD", 19, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Halifax, NS, Canada", "CAD", 17.5, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Manchester, United Kingdom", "GBP", 11.8, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Glasgow, United Kingdom", "GBP", 11.6, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Newcastle upon Tyne, United Kingdom", "GBP", 11.4, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Dublin, Ireland", "EUR", 15, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Cork, Ireland", "EUR", 14, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Berlin, Germany", "EUR", 15, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Leipzig, Germany", "EUR", 14, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Lisbon, Portugal", "EUR", 6.5, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Porto, Portugal", "EUR", 6.2, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Barcelona, Spain", "EUR", 9, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Málaga, Spain", "EUR", 8.5, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Amsterdam, Netherlands", "EUR", 15, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Paris, France", "EUR", 12.5, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Lyon, France", "EUR", 12, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Athens, Greece", "EUR", 6, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Kraków, Poland", "PLN", 30, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Cluj-Napoca, Romania", "RON", 22, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Sofia, Bulgaria", "BGN", 9, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Manila, Philippines", "PHP", 110, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Cebu City, Philippines", "PHP", 95, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Bengaluru, India", "INR", 150, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Hyderabad, India", "INR", 140, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Mexico City, Mexico", "MXN", 60, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Monterrey, Mexico", "MXN", 58, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "São Paulo, Brazil", "BRL", 12, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Bogotá, Colombia", "COP", 9000, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Cape Town, South Africa", "ZAR", 55, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Nairobi, Kenya", "KES", 250, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Sydney, NSW, Australia", "AUD", 32, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Brisbane, QLD, Australia", "AUD", 31, PURSUIT_PAY_PERIOD_YEAR, FALSE },
  { "Auckland, New Zealand", "NZD", 26, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Tokyo, Japan", "JPY", 1350, PURSUIT_PAY_PERIOD_HOUR, FALSE },
  { "Singapore", "SGD", 14, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Kuala Lumpur, Malaysia", "MYR", 12, PURSUIT_PAY_PERIOD_MONTH, FALSE },
  { "Remote (United States)", "USD", 17.5, PURSUIT_PAY_PERIOD_HOUR, TRUE },
  { "Remote (Canada)", "CAD", 19, PURSUIT_PAY_PERIOD_YEAR, TRUE },
  { "Remote (United Kingdom)", "GBP", 11.5, PURSUIT_PAY_PERIOD_YEAR, TRUE },
  { "Remote (EU)", "EUR", 12, PURSUIT_PAY_PERIOD_MONTH, TRUE },
  { "Remote", "USD", 16, PURSUIT_PAY_PERIOD_HOUR, TRUE },
};

static const char * const sources[] = {
  "LinkedIn", "Indeed", "Company website", "Referral", "Recruiter", "Glassdoor", "Welcome to the Jungle",
  "StepStone", "Seek", "JobStreet", "Job Bank", "Reed", "Otta", "Career fair", "Jobindex", "InfoJobs",
};

static const char * const tools[] = {
  "Zendesk", "Salesforce Service Cloud", "Freshdesk", "Genesys Cloud", "Five9", "NICE CXone", "Intercom",
  "ServiceNow", "Talkdesk", "Avaya", "Jira Service Management", "HubSpot", "Gorgias", "Kustomer",
  "Twilio Flex", "Amazon Connect", "Dynamics 365", "Help Scout", "Front", "Verint", "Calabrio",
};

static const char * const channels[] = {
  "phone", "email", "live chat", "social media", "SMS", "WhatsApp", "video calls", "in-app messaging",
};

static const char * const metrics[] = {
  "customer satisfaction (CSAT)", "Net Promoter Score", "first contact resolution", "average handle time",
  "service level", "customer effort score", "quality scores", "schedule adherence", "response times",
  "retention rates", "backlog size", "escalation rates",
};

static const char * const skills[] = {
  "active listening", "de-escalation", "clear writing", "empathy", "problem solving", "time management",
  "attention to detail", "troubleshooting", "negotiation", "coaching", "multitasking", "patience",
  "data entry accuracy", "conflict resolution", "product knowledge", "typing at 45 words a minute",
};

static const char * const languages[] = {
  "English", "Spanish", "French", "German", "Portuguese", "Tagalog", "Polish", "Dutch", "Italian",
  "Japanese", "Mandarin", "Hindi", "Arabic", "Swedish", "Romanian", "Greek",
};

static const char * const customers[] = {
  "patients", "travellers", "policyholders", "shoppers", "subscribers", "small business owners", "drivers",
  "students", "guests", "members", "players", "account holders", "families", "merchants",
};

static const char * const benefits[] = {
  "private health insurance", "a yearly training budget", "paid volunteering days", "a home office allowance",
  "shift differentials for evenings and weekends", "a pension plan with employer match", "free lunch on site",
  "25 days of paid leave", "stock options", "tuition reimbursement", "a gym membership", "a monthly transport pass",
  "quarterly performance bonuses", "paid parental leave", "mental health support", "a referral bonus",
  "an employee discount", "dental and vision cover", "a four-day week in summer", "a new laptop and headset",
};

static const char * const adjectives[] = {
  "friendly", "fast-growing", "award-winning", "international", "close-knit", "diverse", "ambitious",
  "customer-obsessed", "family-owned", "remote-first", "mission-driven", "well-established",
};

static const char * const shifts[] = {
  "Monday to Friday, 9:00 to 17:30", "rotating shifts including weekends", "evening shifts from 14:00 to 22:30",
  "a 4 on, 4 off pattern", "night shifts with a premium", "early shifts from 7:00", "flexible hours between 8:00 and 20:00",
  "one weekend in four",
};

static const char * const people[] = {
  "Anna", "Marco", "Priya", "Tomás", "Chloé", "Kwame", "Sofia", "Jonas", "Mei", "Aisha", "Luca", "Ingrid",
  "Rafael", "Noor", "Oliver", "Yuki", "Fatima", "Henrik", "Lucía", "Dmitri",
};

static const char * const next_actions[] = {
  "Send a follow-up email to the recruiter", "Prepare STAR stories for the panel interview",
  "Complete the online assessment", "Send a thank-you note", "Ask about the salary band",
  "Call back the hiring manager", "Tailor the resume to the posting", "Confirm the interview time",
  "Research the team's CSAT results", "Send references", "Practise the typing test",
  "Check the commute and shift times", "Reply to the offer email", "Connect with the team lead on LinkedIn",
};

/* A template's {slot}s are filled from the lists above, each time anew. */
static const char * const about_templates[] = {
  "{company} is a {adjective} {industry} company serving {customers} across the region.",
  "At {company}, we help {customers} with {product}, and we do it with care.",
  "Founded over a decade ago, {company} now supports more than {number} {customers} every month.",
  "Our {adjective} team in {city} is the first voice our {customers} hear.",
  "{company} was named one of the best places to work in {industry} for three years in a row.",
  "We are growing quickly and our contact center is at the heart of that growth.",
  "Our customers trust us with {product}, and every conversation matters.",
};

static const char * const role_templates[] = {
  "As a {title}, you will answer questions from {customers} by {channel} and {channel2}.",
  "You will resolve issues about {product} on the first contact whenever you can.",
  "You will work in {tool} and {tool2} every day, keeping every case up to date.",
  "Your work is measured by {metric} and {metric2}, and you will see your own dashboard daily.",
  "You will take ownership of complex cases and follow them through to resolution.",
  "You will spot trends in what {customers} ask and share them with the product team.",
  "You will handle between {number_small} and {number_mid} contacts a day across {channel} and {channel2}.",
  "You will escalate billing disputes and technical faults to the right team with clear notes.",
  "You will support new colleagues during their first weeks and share what works.",
  "You will help us improve our help center articles and canned replies.",
  "You will work {shift}.",
  "You will join a team of {number_small} advisors led by an experienced supervisor.",
  "You will process refunds, replacements and account changes following our policies.",
  "You will calm upset {customers} and turn a complaint into a loyal relationship.",
};

static const char * const requirement_templates[] = {
  "You have at least {years} years of experience in customer service, a contact center or a similar role.",
  "You are fluent in {language}; {language2} is a strong plus.",
  "You have used a ticketing system such as {tool} or {tool2}.",
  "You are known for {skill} and {skill2}.",
  "You stay calm under pressure and keep a positive tone with every customer.",
  "You write clear, friendly and accurate messages.",
  "You are comfortable with {shift}.",
  "You have a quiet place to work from home and a stable internet connection.",
  "You have a high school diploma or equivalent; a degree is not required.",
  "You enjoy learning about {product} and explaining it simply.",
  "You can work with targets for {metric} without losing sight of the customer.",
  "Experience with {industry} customers is an advantage.",
};

static const char * const offer_templates[] = {
  "We offer {benefit} and {benefit2}.",
  "You will get {number_small} weeks of paid training before you take your first contact.",
  "We promote from within: most of our team leads started as advisors.",
  "You will also enjoy {benefit}.",
  "Our office in {city} is close to public transport, with free coffee all day.",
  "There is a clear career path towards team lead, quality or workforce management roles.",
  "We pay a bonus tied to {metric} every quarter.",
};

static const char * const closing_templates[] = {
  "Apply with your resume; a cover letter is optional.",
  "We welcome applicants of every background and will make adjustments for the interview process.",
  "The process has three steps: a phone screen, a role play and a conversation with the team lead.",
  "Start dates are every {number_small} weeks, so apply now to join the next class.",
  "Questions? Our talent team answers every application within two weeks.",
};

static const char * const note_templates[] = {
  "Spoke with {person} from the talent team; they hire in cohorts every month.",
  "{person} referred me; mention the {tool} project.",
  "The role play is about a {product} complaint. Practise de-escalation.",
  "Glassdoor says shifts change every six weeks. Ask about {shift}.",
  "Pay seems below the market for {city}; negotiate.",
  "Team lead is {person}. Interview was friendly, asked about {metric}.",
  "Remote but needs {language}. Check the equipment allowance.",
  "Applied through {source}. No reply yet.",
};

/* Words a user could type into the search: the things postings and jobs
 * are about, not the glue between them. */
static const char * const * const query_lists[] = {
  company_names, tools, channels, skills, languages, customers, sources, people,
};
static const guint query_list_sizes[] = {
  G_N_ELEMENTS (company_names), G_N_ELEMENTS (tools), G_N_ELEMENTS (channels), G_N_ELEMENTS (skills),
  G_N_ELEMENTS (languages), G_N_ELEMENTS (customers), G_N_ELEMENTS (sources), G_N_ELEMENTS (people),
};

#define PICK(rng, list) ((list)[g_rand_int_range ((rng), 0, G_N_ELEMENTS (list))])

typedef struct
{
  GRand *rng;
  const char *company;
  const char *title;
  const Place *place;
  const Sector *sector;
} Posting;

static void
fill_slot (GString    *out,
           Posting    *posting,
           const char *slot,
           gsize       length)
{
  GRand *rng = posting->rng;

#define SLOT_IS(name) (length == strlen (name) && strncmp (slot, name, length) == 0)
  if (SLOT_IS ("company"))
    g_string_append (out, posting->company);
  else if (SLOT_IS ("title"))
    g_string_append (out, posting->title);
  else if (SLOT_IS ("city"))
    g_string_append (out, posting->place->remote ? "our hub" : posting->place->name);
  else if (SLOT_IS ("industry"))
    g_string_append (out, posting->sector->industry);
  else if (SLOT_IS ("product"))
    g_string_append (out, posting->sector->product);
  else if (SLOT_IS ("customers"))
    g_string_append (out, PICK (rng, customers));
  else if (SLOT_IS ("adjective"))
    g_string_append (out, PICK (rng, adjectives));
  else if (SLOT_IS ("tool") || SLOT_IS ("tool2"))
    g_string_append (out, PICK (rng, tools));
  else if (SLOT_IS ("channel") || SLOT_IS ("channel2"))
    g_string_append (out, PICK (rng, channels));
  else if (SLOT_IS ("metric") || SLOT_IS ("metric2"))
    g_string_append (out, PICK (rng, metrics));
  else if (SLOT_IS ("skill") || SLOT_IS ("skill2"))
    g_string_append (out, PICK (rng, skills));
  else if (SLOT_IS ("language") || SLOT_IS ("language2"))
    g_string_append (out, PICK (rng, languages));
  else if (SLOT_IS ("benefit") || SLOT_IS ("benefit2"))
    g_string_append (out, PICK (rng, benefits));
  else if (SLOT_IS ("shift"))
    g_string_append (out, PICK (rng, shifts));
  else if (SLOT_IS ("person"))
    g_string_append (out, PICK (rng, people));
  else if (SLOT_IS ("source"))
    g_string_append (out, PICK (rng, sources));
  else if (SLOT_IS ("years"))
    g_string_append_printf (out, "%d", g_rand_int_range (rng, 1, 6));
  else if (SLOT_IS ("number"))
    g_string_append_printf (out, "%d,000", g_rand_int_range (rng, 20, 900));
  else if (SLOT_IS ("number_small"))
    g_string_append_printf (out, "%d", g_rand_int_range (rng, 2, 13));
  else if (SLOT_IS ("number_mid"))
    g_string_append_printf (out, "%d", g_rand_int_range (rng, 40, 90));
  else
    g_error ("Unknown slot {%.*s} in a benchmark template", (int) length, slot);
#undef SLOT_IS
}

static void
append_template (GString    *out,
                 Posting    *posting,
                 const char *template)
{
  for (const char *p = template; *p != '\0'; p++)
    {
      const char *end;

      if (*p != '{' || (end = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }

      fill_slot (out, posting, p + 1, end - p - 1);
      p = end;
    }
}

/* Sentences from one list, each used at most once. */
static void
append_section (GString            *out,
                Posting            *posting,
                const char         *heading,
                const char * const *templates,
                guint               n_templates,
                guint               min,
                guint               max,
                gboolean            bullets)
{
  guint order[32];
  guint count = g_rand_int_range (posting->rng, min, max + 1);

  g_assert (n_templates <= G_N_ELEMENTS (order));
  for (guint i = 0; i < n_templates; i++)
    order[i] = i;
  for (guint i = n_templates - 1; i > 0; i--)
    {
      guint j = g_rand_int_range (posting->rng, 0, i + 1);
      guint swap = order[i];

      order[i] = order[j];
      order[j] = swap;
    }

  if (heading != NULL)
    g_string_append_printf (out, "%s\n", heading);
  for (guint i = 0; i < MIN (count, n_templates); i++)
    {
      if (bullets)
        g_string_append (out, "- ");
      else if (i > 0)
        g_string_append_c (out, ' ');
      append_template (out, posting, templates[order[i]]);
      if (bullets)
        g_string_append_c (out, '\n');
    }
  g_string_append (out, bullets ? "\n" : "\n\n");
}

static char *
make_posting_text (Posting *posting)
{
  GString *out = g_string_sized_new (3000);

  append_section (out, posting, NULL, about_templates, G_N_ELEMENTS (about_templates), 2, 4, FALSE);
  append_section (out, posting, "What you will do", role_templates, G_N_ELEMENTS (role_templates), 6, 10, TRUE);
  append_section (out, posting, "What you bring", requirement_templates, G_N_ELEMENTS (requirement_templates), 5, 8, TRUE);
  append_section (out, posting, "What we offer", offer_templates, G_N_ELEMENTS (offer_templates), 3, 6, TRUE);
  append_section (out, posting, NULL, closing_templates, G_N_ELEMENTS (closing_templates), 1, 3, FALSE);
  return g_string_free (out, FALSE);
}

/* Rounds a figure the way postings print it. */
static double
round_pay (double              value,
           PursuitPayPeriod    period)
{
  double step;

  if (period == PURSUIT_PAY_PERIOD_HOUR)
    step = value < 100 ? 0.25 : value < 1000 ? 5 : 50;
  else if (period == PURSUIT_PAY_PERIOD_DAY || period == PURSUIT_PAY_PERIOD_WEEK)
    step = value < 1000 ? 5 : 100;
  else if (period == PURSUIT_PAY_PERIOD_MONTH)
    step = value < 10000 ? 50 : value < 1000000 ? 1000 : 50000;
  else
    step = value < 200000 ? 500 : value < 10000000 ? 10000 : 500000;

  return MAX (step, round (value / step) * step);
}

static void
set_pay (PursuitJob   *job,
         GRand        *rng,
         const Place  *place,
         double        factor)
{
  static const double hours[] = { 0, 1, 8, 40, 173, 2080 };
  PursuitPayPeriod period = place->period;
  double low, high;
  int kind = g_rand_int_range (rng, 0, 100);

  /* About a third of postings say nothing about pay. */
  if (kind < 33)
    return;

  /* Some postings use another period than is usual where they are. */
  if (g_rand_int_range (rng, 0, 10) == 0)
    period = g_rand_int_range (rng, PURSUIT_PAY_PERIOD_HOUR, PURSUIT_PAY_PERIOD_YEAR + 1);

  low = round_pay (place->hourly * factor * g_rand_double_range (rng, 0.9, 1.08) * hours[period], period);
  high = round_pay (low * g_rand_double_range (rng, 1.1, 1.4), period);

  pursuit_job_set_pay_currency (job, place->currency);
  pursuit_job_set_pay_period (job, period);
  if (kind < 43)
    high = low;                   /* an exact figure: "$19/hour" */
  else if (kind < 48)
    high = -1;                    /* "from €2,500 a month" */
  else if (kind < 51)
    low = -1;                     /* "up to £28,000 a year" */
  pursuit_job_set_pay_min (job, low);
  pursuit_job_set_pay_max (job, high);
}

static char *
format_date (gint64 unix_time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format (date, "%Y-%m-%d");
}

static char *
make_uuid (GRand *rng)
{
  guint32 a = g_rand_int (rng), b = g_rand_int (rng), c = g_rand_int (rng), d = g_rand_int (rng);

  /* Version 4, variant 1, like g_uuid_string_random() but repeatable. */
  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x",
                          a, b >> 16, b & 0xfff, 0x8000 | (c >> 18), c & 0xffff, d);
}

static char *
make_slug (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (slug, g_ascii_tolower (*p));
  return g_string_free (slug, FALSE);
}

typedef struct
{
  PursuitStage *by_kind[PURSUIT_STAGE_KIND_LAST + 1];
} Stages;

/* The path a job took: forward through the pipeline, sometimes ending in a
 * rejection, silence or withdrawal. */
static guint
make_path (GRand            *rng,
           PursuitStageKind  path[5])
{
  static const PursuitStageKind forward[] = {
    PURSUIT_STAGE_KIND_WISHLIST, PURSUIT_STAGE_KIND_APPLIED, PURSUIT_STAGE_KIND_SCREENING,
    PURSUIT_STAGE_KIND_INTERVIEWING, PURSUIT_STAGE_KIND_OFFER, PURSUIT_STAGE_KIND_ACCEPTED,
  };
  static const guint weights[] = { 30, 30, 20, 13, 7 };
  guint start = g_rand_int_range (rng, 0, 10) < 3 ? 0 : 1;
  guint roll = g_rand_int_range (rng, 0, 100);
  guint n = 1;

  for (guint i = 0, sum = 0; i < G_N_ELEMENTS (weights); i++)
    {
      sum += weights[i];
      if (roll < sum)
        {
          n = i + 1;
          break;
        }
    }

  for (guint i = 0; i < n; i++)
    path[i] = forward[MIN (start + i, G_N_ELEMENTS (forward) - 1)];

  /* Most applications end without an offer. */
  if (n >= 2 && path[n - 1] != PURSUIT_STAGE_KIND_ACCEPTED && g_rand_int_range (rng, 0, 100) < 55)
    {
      int end = g_rand_int_range (rng, 0, 100);

      path[n - 1] = end < 50 ? PURSUIT_STAGE_KIND_REJECTED
                  : end < 85 ? PURSUIT_STAGE_KIND_GHOSTED
                             : PURSUIT_STAGE_KIND_WITHDRAWN;
    }

  return n;
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static PursuitJob *
make_job (GRand         *rng,
          const Stages  *stages,
          gint64         now,
          GPtrArray    **timeline_out)
{
  PursuitJob *job = pursuit_job_new ();
  g_autoptr(GPtrArray) timeline = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_stage_change_free);
  const Sector *sector = &PICK (rng, sectors);
  const Place *place = &PICK (rng, places);
  const Role *role = &PICK (rng, roles);
  const Level *level = role->levels ? &PICK (rng, levels) : &levels[0];
  g_autofree char *company = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uuid = make_uuid (rng);
  PursuitStageKind path[5];
  gint64 times[5];
  guint n_path;
  gint64 created_at;
  gint64 updated_at;
  PursuitStageKind last;
  Posting posting;
  int roll;

  company = g_strdup_printf ("%s %s%s", PICK (rng, company_names), sector->word, PICK (rng, legal_forms));
  title = g_strdup_printf ("%s%s", level->prefix, role->name);

  pursuit_job_set_uuid (job, uuid);
  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  pursuit_job_set_location (job, place->name);
  pursuit_job_set_industry (job, sector->industry);
  pursuit_job_set_source (job, PICK (rng, sources));

  if (place->remote)
    pursuit_job_set_workplace (job, PURSUIT_WORKPLACE_REMOTE);
  else
    {
      roll = g_rand_int_range (rng, 0, 100);
      pursuit_job_set_workplace (job, roll < 55 ? PURSUIT_WORKPLACE_ON_SITE
                                    : roll < 90 ? PURSUIT_WORKPLACE_HYBRID
                                    : roll < 95 ? PURSUIT_WORKPLACE_REMOTE
                                                : PURSUIT_WORKPLACE_UNKNOWN);
    }

  roll = g_rand_int_range (rng, 0, 100);
  pursuit_job_set_employment_type (job, roll < 62 ? PURSUIT_EMPLOYMENT_FULL_TIME
                                      : roll < 77 ? PURSUIT_EMPLOYMENT_PART_TIME
                                      : roll < 87 ? PURSUIT_EMPLOYMENT_CONTRACT
                                      : roll < 94 ? PURSUIT_EMPLOYMENT_TEMPORARY
                                      : roll < 97 ? PURSUIT_EMPLOYMENT_INTERNSHIP
                                                  : PURSUIT_EMPLOYMENT_UNKNOWN);

  roll = g_rand_int_range (rng, 0, 100);
  if (roll < 50)
    {
      g_autofree char *slug = make_slug (company);
      g_autofree char *url = g_strdup_printf ("https://careers.%s.example/jobs/%06d",
                                              slug, g_rand_int_range (rng, 1, 999999));
      pursuit_job_set_url (job, url);
    }
  else if (roll < 85)
    {
      g_autofree char *url = g_strdup_printf ("https://jobs.example.org/view/%u%04u",
                                              g_rand_int_range (rng, 1000, 9999),
                                              g_rand_int_range (rng, 0, 9999));
      pursuit_job_set_url (job, url);
    }

  set_pay (job, rng, place, role->pay * level->pay);

  posting.rng = rng;
  posting.company = company;
  posting.title = title;
  posting.place = place;
  posting.sector = sector;
  text = make_posting_text (&posting);
  pursuit_job_set_posting_text (job, text);

  if (g_rand_int_range (rng, 0, 100) < 40)
    {
      GString *notes = g_string_new (NULL);

      append_template (notes, &posting, PICK (rng, note_templates));
      if (g_rand_boolean (rng))
        {
          g_string_append_c (notes, ' ');
          append_template (notes, &posting, PICK (rng, note_templates));
        }
      pursuit_job_set_notes (job, notes->str);
      g_string_free (notes, TRUE);
    }

  /* Two dice make middling excitement commoner than none or five. */
  roll = g_rand_int_range (rng, 0, 4);
  roll += g_rand_int_range (rng, 0, 3);
  pursuit_job_set_excitement (job, roll);

  /* The timeline: created some time in the last 200 days, then moves at
   * increasing times up to today. */
  n_path = make_path (rng, path);
  created_at = now - g_rand_int_range (rng, DAY / 2, 200 * DAY);
  times[0] = created_at;
  for (guint i = 1; i < n_path; i++)
    times[i] = created_at + (gint64) (g_rand_double (rng) * (now - created_at));
  qsort (times + 1, n_path - 1, sizeof (gint64), compare_times);

  for (guint i = 0; i < n_path; i++)
    {
      PursuitStage *stage = stages->by_kind[path[i]];

      g_ptr_array_add (timeline, pursuit_stage_change_new (0, 0, pursuit_stage_get_id (stage), times[i],
                                                           g_rand_int_range (rng, 0, 8) == 0 ? "Moved after an email" : ""));
      if (path[i] == PURSUIT_STAGE_KIND_APPLIED)
        {
          g_autofree char *applied_on = format_date (times[i]);

          pursuit_job_set_applied_on (job, applied_on);
        }
    }

  last = path[n_path - 1];
  pursuit_job_set_stage (job, stages->by_kind[last]);
  pursuit_job_set_created_at (job, created_at);
  /* Edited a little after the last move, but not in the future. */
  updated_at = times[n_path - 1] + g_rand_int_range (rng, 0, 3 * DAY);
  pursuit_job_set_updated_at (job, MIN (now, updated_at));

  if (last == PURSUIT_STAGE_KIND_WISHLIST && g_rand_int_range (rng, 0, 100) < 30)
    {
      g_autofree char *deadline = format_date (now + g_rand_int_range (rng, 1, 30) * DAY);

      pursuit_job_set_deadline (job, deadline);
    }

  if (!pursuit_stage_kind_is_closed (last) && g_rand_int_range (rng, 0, 100) < 45)
    {
      g_autofree char *due = format_date (now + g_rand_int_range (rng, -10, 22) * DAY);

      pursuit_job_set_next_action (job, PICK (rng, next_actions));
      pursuit_job_set_next_action_due (job, due);
    }

  if (pursuit_stage_kind_is_closed (last) ? g_rand_int_range (rng, 0, 100) < 40
                                          : g_rand_int_range (rng, 0, 100) < 3)
    pursuit_job_set_archived (job, TRUE);

  *timeline_out = g_steal_pointer (&timeline);
  return job;
}

/**
 * pursuit_bench_make_listing:
 *
 * A job as the jobs list sees it, without a database: title, location,
 * industry and pay from the same lists as the generated jobs.
 *
 * Returns: (transfer full): the job
 */
PursuitJob *
pursuit_bench_make_listing (GRand *rng)
{
  PursuitJob *job = pursuit_job_new ();
  const Sector *sector = &PICK (rng, sectors);
  const Place *place = &PICK (rng, places);
  const Role *role = &PICK (rng, roles);
  const Level *level = role->levels ? &PICK (rng, levels) : &levels[0];
  g_autofree char *title = g_strdup_printf ("%s%s", level->prefix, role->name);

  pursuit_job_set_title (job, title);
  pursuit_job_set_location (job, place->name);
  pursuit_job_set_industry (job, sector->industry);
  set_pay (job, rng, place, role->pay * level->pay);
  return job;
}

/* The first stage of each kind, as the default pipeline has them. */
static gboolean
find_stages (GPtrArray  *list,
             Stages     *stages,
             GError    **error)
{
  for (int kind = 0; kind <= PURSUIT_STAGE_KIND_LAST; kind++)
    {
      stages->by_kind[kind] = NULL;
      for (guint i = 0; i < list->len && stages->by_kind[kind] == NULL; i++)
        {
          if ((int) pursuit_stage_get_kind (g_ptr_array_index (list, i)) == kind)
            stages->by_kind[kind] = g_ptr_array_index (list, i);
        }

      if (stages->by_kind[kind] == NULL)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                       "The database has no stage of kind %s", pursuit_stage_kind_to_nick (kind));
          return FALSE;
        }
    }
  return TRUE;
}

/* Midnight UTC of today: the data made on one day is the same all day. */
gint64
pursuit_bench_today (void)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  return now - now % DAY;
}

/**
 * pursuit_bench_generate:
 * @now: the time the timelines lead up to
 *
 * Adds @n_jobs jobs to the database at @path (created if needed), in
 * batches of BATCH_SIZE, one transaction each.
 */
gboolean
pursuit_bench_generate (const char  *path,
                        guint        n_jobs,
                        guint32      seed,
                        gint64       now,
                        gboolean     verbose,
                        GError     **error)
{
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) stage_list = NULL;
  g_autoptr(GRand) rng = g_rand_new_with_seed (seed);
  Stages stages;

  repository = pursuit_repository_open (path, error);
  if (repository == NULL)
    return FALSE;

  stage_list = pursuit_repository_list_stages (repository);
  if (!find_stages (stage_list, &stages, error))
    return FALSE;

  for (guint done = 0; done < n_jobs;)
    {
      guint count = MIN (BATCH_SIZE, n_jobs - done);
      g_autoptr(GPtrArray) jobs = g_ptr_array_new_full (count, g_object_unref);
      g_autoptr(GPtrArray) timelines = g_ptr_array_new_full (count, (GDestroyNotify) g_ptr_array_unref);

      for (guint i = 0; i < count; i++)
        {
          GPtrArray *timeline = NULL;

          g_ptr_array_add (jobs, make_job (rng, &stages, now, &timeline));
          g_ptr_array_add (timelines, timeline);
        }

      if (!pursuit_repository_import_jobs (repository, jobs, timelines, now, error))
        return FALSE;

      done += count;
      if (verbose && (done % 10000 == 0 || done == n_jobs))
        g_printerr ("  %u of %u jobs\n", done, n_jobs);
    }

  return TRUE;
}

static char *
pick_query_word (GRand *rng)
{
  guint list = g_rand_int_range (rng, 0, G_N_ELEMENTS (query_lists));
  const char *phrase = query_lists[list][g_rand_int_range (rng, 0, query_list_sizes[list])];
  g_auto(GStrv) words = g_strsplit_set (phrase, " ,()&.", -1);
  guint n = g_strv_length (words);

  /* A phrase gives one of its real words, "(CSAT)" or "&" give none. */
  for (guint tries = 0; tries < 8; tries++)
    {
      const char *word = words[g_rand_int_range (rng, 0, n)];

      if (g_utf8_strlen (word, -1) >= 3)
        return g_utf8_strdown (word, -1);
    }
  return g_strdup ("support");
}

/**
 * pursuit_bench_make_queries:
 *
 * What a user types into the search, keystroke by keystroke: one to three
 * words of the data, each query one character longer than the last.
 *
 * Returns: (transfer full) (element-type utf8): @n_queries queries
 */
GPtrArray *
pursuit_bench_make_queries (guint32 seed,
                            guint   n_queries)
{
  g_autoptr(GRand) rng = g_rand_new_with_seed (seed ^ 0x5eed);
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);

  while (queries->len < n_queries)
    {
      guint n_words = g_rand_int_range (rng, 0, 10) < 6 ? 1 : g_rand_int_range (rng, 2, 4);
      GString *typed = g_string_new (NULL);

      for (guint w = 0; w < n_words && queries->len < n_queries; w++)
        {
          g_autofree char *word = pick_query_word (rng);

          if (w > 0)
            g_string_append_c (typed, ' ');
          for (const char *p = word; *p != '\0' && queries->len < n_queries; p = g_utf8_next_char (p))
            {
              g_string_append_unichar (typed, g_utf8_get_char (p));
              g_ptr_array_add (queries, g_strdup (typed->str));
            }
        }
      g_string_free (typed, TRUE);
    }

  return queries;
}
