/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-salary-places.h"
#include "pursuit-salary-private.h"

/* Location text -> country and area.
 *
 * The names live here, in code, rather than in data/content: they are not
 * facts from a source but the vocabulary of a parser (abbreviations such as
 * "ON" or "NSW", spellings such as "Warszawa"), they must not reach the
 * translators' files as prose, and a static table is ready at once with
 * no parsing. Only the country names shown to people are translatable.
 *
 * A location is cut into segments at commas, brackets, slashes and dashes,
 * and each segment into words folded to lower-case ASCII; the longest run
 * of words (up to four) that names a country, a state or province, a city
 * or an area is taken, and so on. Two-letter codes count only when written
 * in capitals ("CO", not "co"). What decides, from the strongest: a named
 * country (the first), a state or province (the last, as in "City, State,
 * Country"), a city (the first). A code that is both a state and a country
 * ("CA", "DE", "IN") is read by the other words: a state after a city of
 * that country or after a place we do not know ("Boulder, CO"), else the
 * country ("Remote (CA)"). */

typedef struct
{
  const char *code;
  const char *area;       /* an area id of salaries.xml, or NULL */
  const char *name;       /* shown to people */
  const char *in_place;   /* "in the United States", where "in NAME" is wrong */
  const char *aliases;    /* other names, lower-case ASCII, "|" between */
} Country;

static const Country countries[] = {
  { "US", "north-america", N_("United States"), N_("in the United States"),
    "united states|united states of america|usa|u s a|u s|america" },
  { "CA", "north-america", N_("Canada"), NULL, "canada" },
  { "MX", "latin-america", N_("Mexico"), NULL, "mexico|mejico" },
  { "BR", "latin-america", N_("Brazil"), NULL, "brazil|brasil" },
  { "AR", "latin-america", N_("Argentina"), NULL, "argentina" },
  { "CO", "latin-america", N_("Colombia"), NULL, "colombia" },
  { "CL", "latin-america", N_("Chile"), NULL, "chile" },
  { "PE", "latin-america", N_("Peru"), NULL, "peru" },
  { "CR", "latin-america", N_("Costa Rica"), NULL, "costa rica" },
  { "DO", "latin-america", N_("Dominican Republic"), N_("in the Dominican Republic"), "dominican republic" },
  { "GT", "latin-america", N_("Guatemala"), NULL, "guatemala" },
  { "EC", "latin-america", N_("Ecuador"), NULL, "ecuador" },
  { "UY", "latin-america", N_("Uruguay"), NULL, "uruguay" },
  { "PA", "latin-america", N_("Panama"), NULL, "panama" },
  { "JM", "latin-america", N_("Jamaica"), NULL, "jamaica" },
  { "SV", "latin-america", N_("El Salvador"), NULL, "el salvador" },
  { "HN", "latin-america", N_("Honduras"), NULL, "honduras" },
  { "GB", "europe", N_("United Kingdom"), N_("in the United Kingdom"),
    "united kingdom|uk|u k|great britain|britain|england|scotland|wales|northern ireland|gb" },
  { "IE", "europe", N_("Ireland"), NULL, "ireland|republic of ireland|eire" },
  { "DE", "europe", N_("Germany"), NULL, "germany|deutschland" },
  { "FR", "europe", N_("France"), NULL, "france" },
  { "ES", "europe", N_("Spain"), NULL, "spain|espana" },
  { "PT", "europe", N_("Portugal"), NULL, "portugal" },
  { "IT", "europe", N_("Italy"), NULL, "italy|italia" },
  { "NL", "europe", N_("Netherlands"), N_("in the Netherlands"), "netherlands|the netherlands|holland|nederland" },
  { "BE", "europe", N_("Belgium"), NULL, "belgium|belgie|belgique" },
  { "LU", "europe", N_("Luxembourg"), NULL, "luxembourg" },
  { "AT", "europe", N_("Austria"), NULL, "austria|osterreich" },
  { "CH", "europe", N_("Switzerland"), NULL, "switzerland|schweiz|suisse" },
  { "SE", "europe", N_("Sweden"), NULL, "sweden|sverige" },
  { "NO", "europe", N_("Norway"), NULL, "norway|norge" },
  { "DK", "europe", N_("Denmark"), NULL, "denmark|danmark" },
  { "FI", "europe", N_("Finland"), NULL, "finland|suomi" },
  { "IS", "europe", N_("Iceland"), NULL, "iceland" },
  { "GR", "europe", N_("Greece"), NULL, "greece|hellas" },
  { "MT", "europe", N_("Malta"), NULL, "malta" },
  { "CY", "europe", N_("Cyprus"), NULL, "cyprus" },
  { "PL", "eastern-europe", N_("Poland"), NULL, "poland|polska" },
  { "RO", "eastern-europe", N_("Romania"), NULL, "romania" },
  { "BG", "eastern-europe", N_("Bulgaria"), NULL, "bulgaria" },
  { "CZ", "eastern-europe", N_("Czechia"), NULL, "czechia|czech republic" },
  { "SK", "eastern-europe", N_("Slovakia"), NULL, "slovakia" },
  { "HU", "eastern-europe", N_("Hungary"), NULL, "hungary|magyarorszag" },
  { "HR", "eastern-europe", N_("Croatia"), NULL, "croatia|hrvatska" },
  { "SI", "eastern-europe", N_("Slovenia"), NULL, "slovenia" },
  { "RS", "eastern-europe", N_("Serbia"), NULL, "serbia" },
  { "UA", "eastern-europe", N_("Ukraine"), NULL, "ukraine" },
  { "LT", "eastern-europe", N_("Lithuania"), NULL, "lithuania" },
  { "LV", "eastern-europe", N_("Latvia"), NULL, "latvia" },
  { "EE", "eastern-europe", N_("Estonia"), NULL, "estonia" },
  { "AU", "asia-pacific", N_("Australia"), NULL, "australia" },
  { "NZ", "asia-pacific", N_("New Zealand"), NULL, "new zealand|aotearoa" },
  { "IN", "asia-pacific", N_("India"), NULL, "india|bharat" },
  { "PH", "asia-pacific", N_("Philippines"), N_("in the Philippines"), "philippines|the philippines" },
  { "SG", "asia-pacific", N_("Singapore"), NULL, "singapore" },
  { "MY", "asia-pacific", N_("Malaysia"), NULL, "malaysia" },
  { "JP", "asia-pacific", N_("Japan"), NULL, "japan|nippon" },
  { "CN", "asia-pacific", N_("China"), NULL, "china|prc" },
  { "HK", "asia-pacific", N_("Hong Kong"), NULL, "hong kong" },
  { "TW", "asia-pacific", N_("Taiwan"), NULL, "taiwan" },
  { "KR", "asia-pacific", N_("South Korea"), NULL, "south korea|korea" },
  { "ID", "asia-pacific", N_("Indonesia"), NULL, "indonesia" },
  { "TH", "asia-pacific", N_("Thailand"), NULL, "thailand" },
  { "VN", "asia-pacific", N_("Vietnam"), NULL, "vietnam|viet nam" },
  { "PK", "asia-pacific", N_("Pakistan"), NULL, "pakistan" },
  { "BD", "asia-pacific", N_("Bangladesh"), NULL, "bangladesh" },
  { "LK", "asia-pacific", N_("Sri Lanka"), NULL, "sri lanka" },
  { "ZA", NULL, N_("South Africa"), NULL, "south africa" },
  { "KE", NULL, N_("Kenya"), NULL, "kenya" },
  { "NG", NULL, N_("Nigeria"), NULL, "nigeria" },
  { "GH", NULL, N_("Ghana"), NULL, "ghana" },
  { "EG", NULL, N_("Egypt"), NULL, "egypt" },
  { "MA", NULL, N_("Morocco"), NULL, "morocco" },
  { "AE", NULL, N_("United Arab Emirates"), N_("in the United Arab Emirates"), "united arab emirates|uae" },
  { "SA", NULL, N_("Saudi Arabia"), NULL, "saudi arabia|ksa" },
  { "IL", NULL, N_("Israel"), NULL, "israel" },
  { "TR", NULL, N_("Turkey"), NULL, "turkey|turkiye" },
  { "GE", NULL, N_("Georgia"), NULL, "georgia" },
};

/* States, provinces and territories, each with what to say of it. */
typedef struct
{
  const char *country;
  const char *code;       /* the postal code, or NULL */
  const char *names;      /* lower-case ASCII, "|" between */
} Region;

static const Region regions[] = {
  { "US", "AL", "alabama" }, { "US", "AK", "alaska" }, { "US", "AZ", "arizona" }, { "US", "AR", "arkansas" },
  { "US", "CA", "california" }, { "US", "CO", "colorado" }, { "US", "CT", "connecticut" },
  { "US", "DE", "delaware" }, { "US", "FL", "florida" }, { "US", "GA", "georgia" }, { "US", "HI", "hawaii" },
  { "US", "ID", "idaho" }, { "US", "IL", "illinois" }, { "US", "IN", "indiana" }, { "US", "IA", "iowa" },
  { "US", "KS", "kansas" }, { "US", "KY", "kentucky" }, { "US", "LA", "louisiana" }, { "US", "ME", "maine" },
  { "US", "MD", "maryland" }, { "US", "MA", "massachusetts" }, { "US", "MI", "michigan" },
  { "US", "MN", "minnesota" }, { "US", "MS", "mississippi" }, { "US", "MO", "missouri" },
  { "US", "MT", "montana" }, { "US", "NE", "nebraska" }, { "US", "NV", "nevada" },
  { "US", "NH", "new hampshire" }, { "US", "NJ", "new jersey" }, { "US", "NM", "new mexico" },
  { "US", "NY", "new york|new york state" }, { "US", "NC", "north carolina" }, { "US", "ND", "north dakota" },
  { "US", "OH", "ohio" }, { "US", "OK", "oklahoma" }, { "US", "OR", "oregon" }, { "US", "PA", "pennsylvania" },
  { "US", "RI", "rhode island" }, { "US", "SC", "south carolina" }, { "US", "SD", "south dakota" },
  { "US", "TN", "tennessee" }, { "US", "TX", "texas" }, { "US", "UT", "utah" }, { "US", "VT", "vermont" },
  { "US", "VA", "virginia" }, { "US", "WA", "washington|washington state" }, { "US", "WV", "west virginia" },
  { "US", "WI", "wisconsin" }, { "US", "WY", "wyoming" }, { "US", "DC", "district of columbia|washington dc" },
  { "US", "PR", "puerto rico" },
  { "CA", "ON", "ontario" }, { "CA", "QC", "quebec" }, { "CA", "PQ", NULL }, { "CA", "BC", "british columbia" },
  { "CA", "AB", "alberta" }, { "CA", "MB", "manitoba" }, { "CA", "SK", "saskatchewan" },
  { "CA", "NS", "nova scotia" }, { "CA", "NB", "new brunswick" },
  { "CA", "NL", "newfoundland and labrador|newfoundland" }, { "CA", "PE", "prince edward island|pei" },
  { "CA", "YT", "yukon" }, { "CA", "NT", "northwest territories" }, { "CA", "NU", "nunavut" },
  { "AU", "NSW", "new south wales|nsw" }, { "AU", "VIC", "victoria|vic" }, { "AU", "QLD", "queensland|qld" },
  { "AU", "WA", "western australia" }, { "AU", "SA", "south australia" }, { "AU", "TAS", "tasmania|tas" },
  { "AU", "ACT", "australian capital territory" }, { "AU", "NT", "northern territory" },
  { "IN", NULL, "karnataka|maharashtra|tamil nadu|telangana|uttar pradesh|west bengal|haryana|gujarat|kerala|"
                "rajasthan|andhra pradesh|madhya pradesh|odisha|punjab" },
  { "MX", NULL, "jalisco|nuevo leon|baja california|estado de mexico|yucatan|chihuahua state" },
  { "DE", NULL, "bavaria|bayern|hesse|hessen|nordrhein westfalen|north rhine westphalia|nrw|baden wurttemberg|"
                "niedersachsen|lower saxony|sachsen|saxony" },
};

/* Big cities of the countries the salary data covers, and of the places
 * postings for these jobs often come from. Where two places share a name,
 * the first listed is taken when nothing else in the text decides. */
static const struct
{
  const char *country;
  const char *names;
} cities[] = {
  { "GB", "london|manchester|birmingham|glasgow|edinburgh|liverpool|leeds|sheffield|bristol|newcastle|"
          "newcastle upon tyne|cardiff|belfast|nottingham|leicester|southampton|portsmouth|brighton|reading|"
          "coventry|bradford|hull|stoke on trent|derby|plymouth|swansea|aberdeen|dundee|cambridge|oxford|"
          "milton keynes|sunderland|middlesbrough|york|bournemouth|norwich|exeter|northampton|luton|bolton|"
          "preston|warrington|wolverhampton|swindon|peterborough|ipswich|chester|leatherhead|crawley|"
          "basingstoke|slough|watford|stockport|salford|doncaster|wakefield|huddersfield|blackpool|gateshead" },
  { "US", "new york city|nyc|manhattan|brooklyn|los angeles|chicago|houston|phoenix|philadelphia|"
          "san antonio|san diego|dallas|austin|jacksonville|fort worth|columbus|charlotte|san francisco|"
          "indianapolis|seattle|denver|boston|el paso|nashville|detroit|oklahoma city|portland|las vegas|"
          "memphis|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|kansas city|mesa|"
          "atlanta|omaha|colorado springs|raleigh|miami|minneapolis|tulsa|tampa|new orleans|cleveland|"
          "honolulu|pittsburgh|cincinnati|st louis|saint louis|orlando|salt lake city|richmond|boise|"
          "des moines|madison|buffalo|rochester|spokane|irvine|plano|scottsdale|durham|san jose|jersey city|"
          "newark|st paul|saint paul|anchorage|chandler|henderson|lincoln|greensboro|"
          "fort lauderdale|st petersburg|boca raton|charleston|knoxville|chattanooga|little rock|"
          "sioux falls|fargo|billings|cheyenne|providence|hartford|burlington|wilmington|"
          "dover|annapolis|arlington|alexandria|norfolk|virginia beach|savannah|jackson|baton rouge|"
          "lexington|ann arbor|grand rapids|green bay|st george|provo|ogden|reno|tacoma|eugene|"
          "san bernardino|riverside|long beach|oakland|bakersfield|stockton|santa ana|anaheim|"
          "corpus christi|lubbock|laredo|mcallen|frisco|round rock|tempe|gilbert|glendale|aurora" },
  { "CA", "toronto|montreal|vancouver|calgary|edmonton|ottawa|winnipeg|quebec city|hamilton|kitchener|"
          "waterloo|halifax|saskatoon|regina|mississauga|brampton|surrey|laval|markham|st johns|moncton|"
          "fredericton|charlottetown|windsor|oshawa|burnaby|kelowna|gatineau|sherbrooke|barrie|guelph|"
          "sudbury|thunder bay|whitehorse|yellowknife|iqaluit|red deer|lethbridge" },
  { "AU", "sydney|melbourne|brisbane|perth|adelaide|gold coast|canberra|hobart|darwin|wollongong|"
          "geelong|townsville|cairns|parramatta|sunshine coast|toowoomba|ballarat|bendigo" },
  { "DE", "berlin|hamburg|munich|munchen|muenchen|cologne|koln|koeln|frankfurt|frankfurt am main|"
          "stuttgart|dusseldorf|duesseldorf|leipzig|dortmund|essen|bremen|dresden|hanover|hannover|"
          "nuremberg|nurnberg|nuernberg|duisburg|bochum|wuppertal|bonn|mannheim|karlsruhe|munster|muenster|"
          "augsburg|wiesbaden|kiel|potsdam|freiburg|heidelberg|rostock|magdeburg|erfurt|mainz" },
  { "PL", "warsaw|warszawa|krakow|cracow|lodz|wroclaw|poznan|gdansk|szczecin|bydgoszcz|lublin|katowice|"
          "gdynia|bialystok|czestochowa|rzeszow|torun|kielce|olsztyn|opole|gliwice|sopot" },
  { "IN", "mumbai|bombay|delhi|new delhi|bengaluru|bangalore|hyderabad|chennai|madras|kolkata|calcutta|"
          "pune|ahmedabad|jaipur|surat|lucknow|kanpur|nagpur|indore|noida|gurgaon|gurugram|chandigarh|"
          "kochi|cochin|coimbatore|mohali|vadodara|visakhapatnam|vizag|bhubaneswar|thiruvananthapuram|"
          "trivandrum|mysore|mysuru|navi mumbai|thane|ghaziabad|faridabad|bhopal|patna|mangalore|mangaluru" },
  { "MX", "mexico city|ciudad de mexico|cdmx|guadalajara|monterrey|puebla|tijuana|leon|juarez|"
          "ciudad juarez|merida|queretaro|santiago de queretaro|cancun|toluca|chihuahua|aguascalientes|"
          "hermosillo|saltillo|san luis potosi|morelia|culiacan|mexicali|zapopan|veracruz" },
  { "IE", "dublin|cork|galway|limerick|waterford|dundalk|athlone|kilkenny|drogheda" },
  { "FR", "paris|lyon|marseille|toulouse|lille|bordeaux|nantes|nice|strasbourg|montpellier|rennes" },
  { "ES", "madrid|barcelona|valencia|seville|sevilla|malaga|zaragoza|bilbao|alicante|palma|las palmas" },
  { "PT", "lisbon|lisboa|porto|oporto|braga|coimbra|faro|funchal" },
  { "NL", "amsterdam|rotterdam|the hague|den haag|utrecht|eindhoven|groningen|tilburg|almere|breda" },
  { "BE", "brussels|bruxelles|brussel|antwerp|antwerpen|ghent|gent|liege|leuven" },
  { "IT", "rome|roma|milan|milano|naples|napoli|turin|torino|florence|firenze|bologna" },
  { "AT", "vienna|wien|graz|linz|salzburg|innsbruck" },
  { "CH", "zurich|geneva|geneve|basel|bern|lausanne|lugano" },
  { "SE", "stockholm|gothenburg|goteborg|malmo|uppsala" },
  { "NO", "oslo|bergen|trondheim|stavanger" },
  { "DK", "copenhagen|kobenhavn|aarhus|odense|aalborg" },
  { "FI", "helsinki|espoo|tampere|turku|oulu" },
  { "GR", "athens|athina|thessaloniki|patras|heraklion" },
  { "RO", "bucharest|bucuresti|cluj napoca|cluj|iasi|timisoara|brasov|constanta|oradea|sibiu" },
  { "BG", "sofia|plovdiv|varna|burgas" },
  { "CZ", "prague|praha|brno|ostrava|plzen" },
  { "HU", "budapest|debrecen|szeged" },
  { "SK", "bratislava|kosice" },
  { "HR", "zagreb|split|rijeka" },
  { "RS", "belgrade|beograd|novi sad" },
  { "UA", "kyiv|kiev|lviv|kharkiv|odesa|odessa|dnipro" },
  { "LT", "vilnius|kaunas" },
  { "LV", "riga" },
  { "EE", "tallinn|tartu" },
  { "PH", "manila|metro manila|cebu|cebu city|quezon city|makati|davao|davao city|taguig|pasig|"
          "bonifacio global city|bgc|iloilo|bacolod|clark|pampanga|mandaluyong|ortigas|alabang" },
  { "BR", "sao paulo|rio de janeiro|brasilia|belo horizonte|curitiba|porto alegre|recife|salvador|"
          "fortaleza|campinas|florianopolis" },
  { "CO", "bogota|medellin|cali|barranquilla|cartagena|bucaramanga|pereira" },
  { "AR", "buenos aires|cordoba|rosario|mendoza" },
  { "CL", "santiago|valparaiso|concepcion" },
  { "PE", "lima|arequipa|trujillo" },
  { "CR", "heredia|alajuela|cartago" },
  { "DO", "santo domingo|santiago de los caballeros" },
  { "GT", "guatemala city" },
  { "JM", "kingston|montego bay" },
  { "ZA", "cape town|johannesburg|durban|pretoria|port elizabeth|gqeberha" },
  { "KE", "nairobi|mombasa|kisumu" },
  { "NG", "lagos|abuja" },
  { "EG", "cairo" },
  { "MA", "casablanca|rabat|marrakesh|tangier" },
  { "NZ", "auckland|wellington|christchurch|dunedin|tauranga" },
  { "JP", "tokyo|osaka|yokohama|nagoya|fukuoka|sapporo|kyoto" },
  { "SG", "singapore city" },
  { "MY", "kuala lumpur|penang|george town|johor bahru|cyberjaya|petaling jaya" },
  { "HK", "kowloon" },
  { "CN", "shanghai|beijing|shenzhen|guangzhou|chengdu|dalian" },
  { "KR", "seoul|busan|incheon" },
  { "ID", "jakarta|surabaya|bandung|bali" },
  { "TH", "bangkok|chiang mai" },
  { "VN", "ho chi minh city|saigon|hanoi|da nang" },
  { "PK", "karachi|lahore|islamabad" },
  { "LK", "colombo" },
  { "BD", "dhaka" },
  { "AE", "dubai|abu dhabi|sharjah" },
  { "SA", "riyadh|jeddah" },
  { "IL", "tel aviv|jerusalem|haifa" },
  { "TR", "istanbul|ankara|izmir" },
  { "GE", "tbilisi" },
};

/* Names of areas wider than a country, and the areas of salaries.xml they
 * cover: Europe there is split into Western and Eastern Europe. */
static const struct
{
  const char *names;
  const char *areas[2];
} area_names[] = {
  { "europe|eu|emea|european union|eea|eu eea", { "europe", "eastern-europe" } },
  { "eastern europe|central and eastern europe|cee", { "eastern-europe", NULL } },
  { "western europe", { "europe", NULL } },
  { "north america|northern america", { "north-america", NULL } },
  { "latin america|latam|south america|central america", { "latin-america", NULL } },
  { "asia pacific|apac|asia|oceania", { "asia-pacific", NULL } },
};

/* Words that say the job is not tied to one place. */
static const char * const remote_words[] = {
  "remote", "anywhere", "worldwide", "global", "globally", "wfh", "telecommute", "virtual", "distributed",
};

/* Words that say nothing about the place. */
static const char * const place_noise_words[] = {
  "hybrid", "onsite", "on", "site", "office", "home", "based", "work", "from", "in", "or", "and", "the", "of",
  "area", "greater", "metro", "metropolitan", "region", "downtown", "multiple", "locations", "location",
  "any", "hq", "headquarters", "nationwide", "within", "only", "must", "reside", "residents", "first",
  "friendly", "country", "flexible", "field", "travel", "city", "us", "a", "an", "fully",
};

typedef enum
{
  HIT_COUNTRY,
  HIT_REGION,
  HIT_CITY,
  HIT_AREA,
} HitType;

typedef struct
{
  HitType type;
  const Country *country;
  const Region *region;
  guint area_index;
} PlaceName;

typedef struct
{
  GHashTable *names;          /* lower-case words -> GPtrArray of PlaceName */
  GHashTable *codes;          /* capitals -> GPtrArray of PlaceName */
  GHashTable *countries;      /* ISO code -> Country */
} PlaceTables;

static PlaceTables *get_tables (void);

static const Country *
find_country (const char *code)
{
  return code != NULL ? g_hash_table_lookup (get_tables ()->countries, code) : NULL;
}

static void
add_name (GHashTable *table,
          const char *name,
          PlaceName   place)
{
  GPtrArray *list = g_hash_table_lookup (table, name);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (table, g_strdup (name), list);
    }
  g_ptr_array_add (list, g_memdup2 (&place, sizeof place));
}

static void
add_names (GHashTable *table,
           const char *names,
           PlaceName   place)
{
  g_auto(GStrv) each = g_strsplit (names, "|", -1);

  for (guint i = 0; each[i] != NULL; i++)
    add_name (table, each[i], place);
}

static PlaceTables *
build_tables (void)
{
  PlaceTables *tables = g_new0 (PlaceTables, 1);

  tables->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  tables->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  tables->countries = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    g_hash_table_insert (tables->countries, (gpointer) countries[i].code, (gpointer) &countries[i]);

  /* Regions before countries, so "Georgia" is first read as the state;
   * US states before Canadian and Australian ones for shared codes. */
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      PlaceName place = { HIT_REGION, g_hash_table_lookup (tables->countries, regions[i].country), &regions[i], 0 };

      if (regions[i].names != NULL)
        add_names (tables->names, regions[i].names, place);
      if (regions[i].code != NULL && strlen (regions[i].code) == 2)
        add_name (tables->codes, regions[i].code, place);
    }

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      PlaceName place = { HIT_COUNTRY, &countries[i], NULL, 0 };

      add_names (tables->names, countries[i].aliases, place);
      add_name (tables->codes, countries[i].code, place);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    {
      PlaceName place = { HIT_CITY, g_hash_table_lookup (tables->countries, cities[i].country), NULL, 0 };

      add_names (tables->names, cities[i].names, place);
    }

  for (guint i = 0; i < G_N_ELEMENTS (area_names); i++)
    {
      PlaceName place = { HIT_AREA, NULL, NULL, i };

      add_names (tables->names, area_names[i].names, place);
    }

  return tables;
}

/* Built once and kept for the life of the process. */
static PlaceTables *
get_tables (void)
{
  static gsize initialized = 0;
  static PlaceTables *tables = NULL;

  if (g_once_init_enter (&initialized))
    {
      tables = build_tables ();
      g_once_init_leave (&initialized, 1);
    }
  return tables;
}

typedef struct
{
  char *word;                 /* lower-case ASCII */
  char *original;
  gboolean capitals;          /* written in capitals: may be a code */
  guint segment;
} PlaceWord;

static void
place_word_clear (gpointer data)
{
  PlaceWord *word = data;

  g_free (word->word);
  g_free (word->original);
}

typedef struct
{
  GPtrArray *names;           /* PlaceName, what the words may be */
  char *original;
  gboolean code;
  gboolean after_other_place; /* some place or unknown word comes before it */
  const PlaceName *chosen;
} Hit;

static void
hit_clear (gpointer data)
{
  Hit *hit = data;

  g_free (hit->original);
}

static GArray *
split_place_words (const char *location,
                   gboolean   *all_capitals)
{
  GArray *words = g_array_new (FALSE, TRUE, sizeof (PlaceWord));
  g_autoptr(GString) current = g_string_new (NULL);
  guint segment = 0;
  gboolean has_lower = FALSE;

  g_array_set_clear_func (words, place_word_clear);

  for (const char *p = location; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\0' && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (current, c);
          has_lower |= g_unichar_islower (c);
          continue;
        }
      if ((c == '\'' || c == 0x2019 || c == '.') && current->len > 0)
        continue;   /* "St. John's", "U.S." */

      if (current->len > 0)
        {
          PlaceWord word = { 0 };
          word.word = pursuit_salary_fold (current->str);
          word.original = g_strdup (current->str);
          word.capitals = TRUE;
          for (const char *q = current->str; *q != '\0'; q = g_utf8_next_char (q))
            word.capitals &= !g_unichar_islower (g_utf8_get_char (q));
          word.segment = segment;
          g_array_append_val (words, word);
          g_string_truncate (current, 0);
        }
      if (c == '\0')
        break;
      /* A dash between words joins them ("Cluj-Napoca"); with a space
       * beside it, it parts them ("Remote - Canada"). */
      if (c == ',' || c == '(' || c == ')' || c == '/' || c == '|' || c == ';' || c == 0x2013 ||
          c == 0x2014 || c == 0x00B7 || c == 0x2022 || c == '[' || c == ']' || c == ':' ||
          (c == '-' && (p == location || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))) ||
                        g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (p))))))
        segment++;
    }

  *all_capitals = !has_lower;
  return words;
}

static PlaceWord *
place_word_at (GArray *words,
               guint   i)
{
  return &g_array_index (words, PlaceWord, i);
}

static gboolean
has_type (const Hit *hit,
          HitType    type,
          const char *country)
{
  for (guint i = 0; i < hit->names->len; i++)
    {
      const PlaceName *name = g_ptr_array_index (hit->names, i);

      if (name->type == type && (country == NULL || (name->country != NULL && g_str_equal (name->country->code, country))))
        return TRUE;
    }
  return FALSE;
}

static const PlaceName *
first_of (const Hit  *hit,
          HitType     type,
          const char *country)
{
  for (guint i = 0; i < hit->names->len; i++)
    {
      const PlaceName *name = g_ptr_array_index (hit->names, i);

      if (name->type == type && (country == NULL || (name->country != NULL && g_str_equal (name->country->code, country))))
        return name;
    }
  return NULL;
}

/* Picks what an ambiguous name or code is, from the countries the rest of
 * the text points to. */
static void
choose (Hit        *hit,
        GPtrArray  *context)
{
  static const HitType by_strength[] = { HIT_REGION, HIT_COUNTRY, HIT_CITY, HIT_AREA };

  if (hit->names->len == 1)
    {
      hit->chosen = g_ptr_array_index (hit->names, 0);
      return;
    }

  for (guint c = 0; c < context->len; c++)
    for (guint t = 0; t < G_N_ELEMENTS (by_strength); t++)
      if ((hit->chosen = first_of (hit, by_strength[t], g_ptr_array_index (context, c))) != NULL)
        return;

  /* "Boulder, CO": after a place we do not know, a code is a state; on its
   * own ("Remote (CA)") it is a country. A name is a state first. */
  if (hit->code && !hit->after_other_place && has_type (hit, HIT_COUNTRY, NULL))
    hit->chosen = first_of (hit, HIT_COUNTRY, NULL);
  else
    for (guint t = 0; t < G_N_ELEMENTS (by_strength) && hit->chosen == NULL; t++)
      hit->chosen = first_of (hit, by_strength[t], NULL);
}

static gboolean
is_remote_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (remote_words); i++)
    if (g_str_equal (remote_words[i], word))
      return TRUE;
  return FALSE;
}

static gboolean
is_place_noise (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (place_noise_words); i++)
    if (g_str_equal (place_noise_words[i], word))
      return TRUE;
  return FALSE;
}

/* Finds the names in the words: the longest run first, within a segment. */
static GArray *
find_hits (GArray   *words,
           gboolean  all_capitals,
           gboolean *says_remote)
{
  PlaceTables *tables = get_tables ();
  GArray *hits = g_array_new (FALSE, TRUE, sizeof (Hit));
  gboolean seen_other = FALSE;

  g_array_set_clear_func (hits, hit_clear);

  for (guint i = 0; i < words->len;)
    {
      PlaceWord *word = place_word_at (words, i);
      guint taken = 0;
      Hit hit = { 0 };

      for (guint n = MIN (4, words->len - i); n >= 1 && taken == 0; n--)
        {
          g_autoptr(GString) phrase = g_string_new (NULL);
          g_autoptr(GString) original = g_string_new (NULL);
          gboolean one_segment = TRUE;
          GPtrArray *names;

          for (guint k = 0; k < n; k++)
            {
              PlaceWord *part = place_word_at (words, i + k);

              one_segment &= part->segment == word->segment;
              g_string_append_printf (phrase, "%s%s", k > 0 ? " " : "", part->word);
              g_string_append_printf (original, "%s%s", k > 0 ? " " : "", part->original);
            }
          if (!one_segment)
            continue;

          names = g_hash_table_lookup (tables->names, phrase->str);
          /* Two capitals are a code; in a text all in capitals only when
           * the code stands alone ("DENVER, CO", not "REMOTE IN CANADA"). */
          if (names == NULL && n == 1 && strlen (word->word) == 2 && word->capitals &&
              (!all_capitals || ((i == 0 || place_word_at (words, i - 1)->segment != word->segment) &&
                                 (i + 1 == words->len || place_word_at (words, i + 1)->segment != word->segment))))
            {
              names = g_hash_table_lookup (tables->codes, word->original);
              hit.code = names != NULL;
            }
          if (names != NULL)
            {
              hit.names = names;
              hit.original = g_strdup (original->str);
              hit.after_other_place = seen_other;
              taken = n;
            }
        }

      if (taken > 0)
        {
          g_array_append_val (hits, hit);
          seen_other = TRUE;
          i += taken;
          continue;
        }

      if (is_remote_word (word->word))
        *says_remote = TRUE;
      else if (!is_place_noise (word->word) && !g_ascii_isdigit (word->word[0]))
        seen_other = TRUE;   /* a place we do not know, such as a small town */
      i++;
    }

  return hits;
}

PursuitPlacePart *
pursuit_place_part_new (const char *location)
{
  PursuitPlacePart *part = g_new0 (PursuitPlacePart, 1);
  g_autoptr(GArray) words = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GPtrArray) context = g_ptr_array_new ();
  gboolean all_capitals;
  const Hit *country = NULL;
  const Hit *region = NULL;
  const Hit *city = NULL;
  const Hit *area = NULL;
  const Hit *decided;

  if (location == NULL)
    return part;

  words = split_place_words (location, &all_capitals);
  hits = find_hits (words, all_capitals, &part->says_remote);

  /* What the unambiguous names point to decides the ambiguous ones. */
  for (guint i = 0; i < hits->len; i++)
    {
      Hit *hit = &g_array_index (hits, Hit, i);
      const PlaceName *only = hit->names->len == 1 ? g_ptr_array_index (hit->names, 0) : NULL;

      if (only != NULL && only->country != NULL)
        g_ptr_array_add (context, (gpointer) only->country->code);
    }

  for (guint i = 0; i < hits->len; i++)
    {
      Hit *hit = &g_array_index (hits, Hit, i);

      choose (hit, context);
      switch (hit->chosen->type)
        {
        case HIT_COUNTRY:
          country = country != NULL ? country : hit;
          break;
        case HIT_REGION:
          region = hit;
          break;
        case HIT_CITY:
          city = city != NULL ? city : hit;
          break;
        case HIT_AREA:
        default:
          area = area != NULL ? area : hit;
          break;
        }
    }

  decided = country != NULL ? country : region != NULL ? region : city != NULL ? city : area;
  if (decided == NULL)
    return part;

  part->word = g_strdup (decided->original);
  switch (decided->chosen->type)
    {
    case HIT_COUNTRY:
      part->found = PURSUIT_PLACE_FOUND_COUNTRY;
      break;
    case HIT_REGION:
      part->found = PURSUIT_PLACE_FOUND_REGION;
      part->region_country = decided->chosen->region->country;
      break;
    case HIT_CITY:
      part->found = PURSUIT_PLACE_FOUND_CITY;
      break;
    case HIT_AREA:
    default:
      part->found = PURSUIT_PLACE_FOUND_AREA;
      part->area_word_areas[0] = area_names[decided->chosen->area_index].areas[0];
      part->area_word_areas[1] = area_names[decided->chosen->area_index].areas[1];
      return part;
    }
  part->country = decided->chosen->country->code;
  part->area = decided->chosen->country->area;
  return part;
}

void
pursuit_place_part_free (PursuitPlacePart *part)
{
  if (part == NULL)
    return;
  g_free (part->word);
  g_free (part);
}

static gboolean
area_covers (const PursuitPlacePart *part,
             const char             *area)
{
  return area != NULL && (g_strcmp0 (part->area_word_areas[0], area) == 0 ||
                          g_strcmp0 (part->area_word_areas[1], area) == 0);
}

static gboolean
is_country_code (const char *code)
{
  return code != NULL && strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]);
}

/**
 * pursuit_place_part_resolve:
 * @home_country: (nullable): where the user lives, for a location that
 *   names no country
 *
 * A named country, state or province is exact; a city is close; an area
 * with the home country in it gives the home country, guessed, and without
 * it gives the area alone; nothing at all gives the home country, guessed.
 */
void
pursuit_place_part_resolve (const PursuitPlacePart  *part,
                            const char              *home_country,
                            const char             **country,
                            const char             **area,
                            PursuitSalaryConfidence *confidence)
{
  const Country *known_home = find_country (home_country);
  /* A home country outside the table still counts, without an area. */
  const char *home = known_home != NULL ? known_home->code
                   : is_country_code (home_country) ? g_intern_string (home_country) : NULL;

  switch (part->found)
    {
    case PURSUIT_PLACE_FOUND_COUNTRY:
    case PURSUIT_PLACE_FOUND_REGION:
    case PURSUIT_PLACE_FOUND_CITY:
      *country = part->country;
      *area = part->area;
      *confidence = part->found == PURSUIT_PLACE_FOUND_CITY ? PURSUIT_SALARY_CONFIDENCE_CLOSE
                                                            : PURSUIT_SALARY_CONFIDENCE_EXACT;
      return;
    case PURSUIT_PLACE_FOUND_AREA:
      if (known_home != NULL && area_covers (part, known_home->area))
        {
          *country = home;
          *area = known_home->area;
          *confidence = PURSUIT_SALARY_CONFIDENCE_GUESSED;
        }
      else
        {
          *country = NULL;
          *area = part->area_word_areas[0];
          *confidence = PURSUIT_SALARY_CONFIDENCE_CLOSE;
        }
      return;
    case PURSUIT_PLACE_FOUND_NOTHING:
    default:
      *country = home;
      *area = known_home != NULL ? known_home->area : NULL;
      *confidence = home != NULL ? PURSUIT_SALARY_CONFIDENCE_GUESSED : PURSUIT_SALARY_CONFIDENCE_NONE;
      return;
    }
}

static const char *
describe_target (PursuitContent *content,
                 const char     *country,
                 const char     *area)
{
  const char *country_name = pursuit_salary_country_get_name (country);

  if (country == NULL)
    return pursuit_content_get_name (content, area);
  return country_name != NULL ? country_name : country;
}

static char *
explain_region (const char *country,
                const char *quoted)
{
  if (g_strcmp0 (country, "US") == 0)
    /* Translators: %s is quoted from a location, “CO” */
    return g_strdup_printf (_("%s is a US state or district"), quoted);
  if (g_strcmp0 (country, "CA") == 0)
    /* Translators: %s is quoted from a location, “ON” */
    return g_strdup_printf (_("%s is a Canadian province or territory"), quoted);
  if (g_strcmp0 (country, "AU") == 0)
    /* Translators: %s is quoted from a location, “NSW” */
    return g_strdup_printf (_("%s is an Australian state or territory"), quoted);
  /* Translators: %s is quoted from a location, “Karnataka” */
  return g_strdup_printf (_("%s is a state of the country"), quoted);
}

/**
 * pursuit_place_part_explain:
 *
 * Returns: (transfer full): the one-line reason, "Denver, CO → United
 *   States: “CO” is a US state or district"
 */
char *
pursuit_place_part_explain (const PursuitPlacePart *part,
                            PursuitContent         *content,
                            const char             *location,
                            const char             *home_country)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (location != NULL ? location : ""));
  const char *target;
  g_autofree char *quoted = NULL;
  g_autofree char *why = NULL;
  const char *country;
  const char *area;
  PursuitSalaryConfidence confidence;

  pursuit_place_part_resolve (part, home_country, &country, &area, &confidence);
  target = describe_target (content, country, area);
  if (part->word != NULL)
    /* Translators: a word quoted from a job title or location, “Remote” */
    quoted = g_strdup_printf (_("“%s”"), part->word);

  if (confidence == PURSUIT_SALARY_CONFIDENCE_NONE)
    return trimmed[0] != '\0'
      /* Translators: %s is a job's location as the user wrote it */
      ? g_strdup_printf (_("No place is recognized in “%s”"), trimmed)
      : g_strdup (_("No location given"));

  switch (part->found)
    {
    case PURSUIT_PLACE_FOUND_COUNTRY:
      /* Translators: %s is quoted from a location, “Canada” */
      why = g_strdup_printf (_("%s names the country"), quoted);
      break;
    case PURSUIT_PLACE_FOUND_REGION:
      why = explain_region (part->region_country, quoted);
      break;
    case PURSUIT_PLACE_FOUND_CITY:
      /* Translators: %s is quoted from a location, “Toronto” */
      why = g_strdup_printf (_("%s is a city there"), quoted);
      break;
    case PURSUIT_PLACE_FOUND_AREA:
      why = g_strdup_printf (country != NULL
                             /* Translators: %s is quoted from a location, “EU” */
                             ? _("%s names no country, and your home country is in it")
                             /* Translators: %s is quoted from a location, “EU” */
                             : _("%s names an area but no country"), quoted);
      break;
    case PURSUIT_PLACE_FOUND_NOTHING:
    default:
      why = g_strdup (part->says_remote ? _("no country is named, so your home country is used")
                    : trimmed[0] != '\0' ? _("no place is recognized, so your home country is used")
                    : _("no location is given, so your home country is used"));
      if (trimmed[0] == '\0')
        /* Translators: why a job is placed in a country: “Your home country → Canada: …” */
        return g_strdup_printf (_("No location → %s: %s"), target, why);
      break;
    }

  /* Translators: why a location matched a country: “Denver, CO → United States: “CO” is a US state or district” */
  return g_strdup_printf (_("%s → %s: %s"), trimmed, target, why);
}

/**
 * pursuit_salary_place_phrase:
 * @country: (nullable): an ISO 3166-1 code
 * @area: (nullable): an area id, used when @country is %NULL
 * @owned: (out): set to what the caller must free, if anything
 *
 * Returns: "in the United States", "in Germany", "in Europe", or "" for
 *   neither
 */
const char *
pursuit_salary_place_phrase (PursuitContent  *content,
                             const char      *country,
                             const char      *area,
                             char           **owned)
{
  const Country *known = find_country (country);

  *owned = NULL;
  if (known != NULL && known->in_place != NULL)
    return g_dgettext (GETTEXT_PACKAGE, known->in_place);
  if (country != NULL || area != NULL)
    /* Translators: %s is a country or area, “in Germany”, “in Europe” */
    return *owned = g_strdup_printf (C_("place", "in %s"), known != NULL ? g_dgettext (GETTEXT_PACKAGE, known->name)
                                                 : country != NULL ? country
                                                 : pursuit_content_get_name (content, area));
  return "";
}

/**
 * pursuit_salary_default_home_country:
 * @locale: (nullable): a locale name, "en_US.UTF-8", "de_DE@euro", "C"
 *
 * The country the app assumes the user lives in before they say: the
 * territory of the locale, or "US" when it has none.
 *
 * Returns: (transfer none): an interned ISO 3166-1 alpha-2 code
 */
const char *
pursuit_salary_default_home_country (const char *locale)
{
  const char *territory;
  char code[3];

  if (locale == NULL || (territory = strchr (locale, '_')) == NULL)
    return g_intern_static_string ("US");

  territory++;
  if (!g_ascii_isalpha (territory[0]) || !g_ascii_isalpha (territory[1]) ||
      (territory[2] != '\0' && territory[2] != '.' && territory[2] != '@'))
    return g_intern_static_string ("US");

  code[0] = g_ascii_toupper (territory[0]);
  code[1] = g_ascii_toupper (territory[1]);
  code[2] = '\0';
  return g_intern_string (code);
}

/**
 * pursuit_salary_country_get_name:
 * @code: (nullable): an ISO 3166-1 alpha-2 code
 *
 * Returns: (nullable): the translated name, or %NULL for a country the
 *   engine does not know
 */
const char *
pursuit_salary_country_get_name (const char *code)
{
  const Country *country = find_country (code);

  return country != NULL ? g_dgettext (GETTEXT_PACKAGE, country->name) : NULL;
}

/**
 * pursuit_salary_country_get_area:
 * @code: (nullable): an ISO 3166-1 alpha-2 code
 *
 * Returns: (nullable): the area id of salaries.xml the country belongs to
 *   ("north-america", "eastern-europe"), or %NULL when no area covers it
 */
const char *
pursuit_salary_country_get_area (const char *code)
{
  const Country *country = find_country (code);

  return country != NULL ? country->area : NULL;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * pursuit_salary_list_countries:
 *
 * Returns: (transfer full): the codes of every country the engine knows,
 *   in alphabetical order of code, for a choice of home country or an
 *   override
 */
GStrv
pursuit_salary_list_countries (void)
{
  GStrv codes = g_new0 (char *, G_N_ELEMENTS (countries) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    codes[i] = g_strdup (countries[i].code);
  qsort (codes, G_N_ELEMENTS (countries), sizeof (char *), compare_codes);
  return codes;
}
