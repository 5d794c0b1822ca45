/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-content.h"
#include "pursuit-job-fields.h"
#include "pursuit-repository.h"
#include "pursuit-repository-insights.h"

G_BEGIN_DECLS

/* What a command of pursuit-cli is given and returns. Each group of
 * commands lives in a file of its own (pursuit-cli-jobs.c, …) and its
 * commands are listed in the table of pursuit-cli.c. */

/* The exit statuses: 2 is for a command typed wrong (an unknown option or
 * choice, a missing argument), 1 for a value refused or a failure. */
typedef enum
{
  PURSUIT_CLI_EXIT_OK = 0,
  PURSUIT_CLI_EXIT_FAILED = 1,
  PURSUIT_CLI_EXIT_USAGE = 2,
} PursuitCliExit;

/* What the dispatcher opens for a command before running it: the
 * repository for commands that need the database, the content for those
 * that read the guides; the other member is %NULL. A command that needs
 * the database only for a job opens it with pursuit_cli_open_database(). */
typedef struct
{
  PursuitRepository *repository;
  PursuitContent *content;
  const char *database_path;  /* --database, or %NULL for the default */
} PursuitCli;

typedef int (*PursuitCliCommandFunc) (PursuitCli  *cli,
                                      int          argc,
                                      char       **argv);

/* pursuit-cli.c */
gboolean pursuit_cli_open_database (PursuitCli *cli);
gboolean pursuit_cli_open_database_if_any (PursuitCli *cli);
gboolean pursuit_cli_open_database_to_write (PursuitCli *cli);

/* pursuit-cli-jobs.c */
int pursuit_cli_command_add        (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_list       (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_show       (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_delete     (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_stages     (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_update     (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_move       (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_search     (PursuitCli *cli, int argc, char **argv);

/* pursuit-cli-import.c */
int pursuit_cli_command_import     (PursuitCli *cli, int argc, char **argv);

/* pursuit-cli-people.c */
int pursuit_cli_command_contacts   (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_interviews (PursuitCli *cli, int argc, char **argv);

/* pursuit-cli-practice.c */
int pursuit_cli_command_practice   (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_stories    (PursuitCli *cli, int argc, char **argv);
/* pursuit-cli-documents.c */
int pursuit_cli_command_documents  (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_document   (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_send       (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_match      (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_login      (PursuitCli *cli, int argc, char **argv);

/* pursuit-cli-data.c */
int pursuit_cli_command_export     (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_backup     (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_restore    (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_import_json        (PursuitCli *cli, const char *path, gboolean dry_run);

/* pursuit-cli-guides.c */
int pursuit_cli_command_guides     (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_guide      (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_questions  (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_salaries   (PursuitCli *cli, int argc, char **argv);

/* pursuit-cli-salary.c */
int pursuit_cli_command_salary     (PursuitCli *cli, int argc, char **argv);
int pursuit_cli_command_parse_pay  (PursuitCli *cli, int argc, char **argv);

/* pursuit-cli-stats.c */
int pursuit_cli_command_stats      (PursuitCli *cli, int argc, char **argv);

/* Pay text ("$19–22 an hour") into the fields of one of the job's pay
 * groups (pursuit_job_get_pay_groups()), for --pay and --offer. */
int      pursuit_cli_read_pay_text         (PursuitJob             *job,
                                            const PursuitPayFields *group,
                                            const char             *option,
                                            const char             *text,
                                            PursuitJobFields       *fields);
/* A country the salary data knows, by its code in any case; "" stays "". */
gboolean pursuit_cli_read_country          (const char             *option,
                                            const char             *text,
                                            char                  **code);
int      pursuit_cli_check_benchmark_choice (PursuitJob            *job,
                                             PursuitJobFields       given);

/* pursuit-cli-salary.c: the salary engine's reading of every job, for stats */
PursuitInsightsTagger *pursuit_cli_make_insights_tagger (PursuitContent *content);

G_END_DECLS
