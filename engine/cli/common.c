/*
** common.c: helpers shared by the subcommands.
*/
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

const char *progname = "premortem";

static int dir_exists(const char *p)
{
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *builtin_rules_dir(void)
{
  static char installed[PATH_MAX];
  const char *env = getenv("PREMORTEM_RULES");
  char exe[PATH_MAX];
  ssize_t n;
  if(env && *env)
    return env;
  /* an installed binary finds its rules next to it: <prefix>/bin -> <prefix>/share */
  n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if(n > 0) {
    char *slash;
    exe[n] = '\0';
    slash = strrchr(exe, '/');
    if(slash) {
      *slash = '\0';
      if(snprintf(installed, sizeof installed, "%s/../share/premortem/rules", exe) < (int)sizeof installed &&
         dir_exists(installed))
        return installed;
    }
  }
  if(dir_exists(PM_SOURCE_RULES_DIR))
    return PM_SOURCE_RULES_DIR;
  return PM_INSTALL_RULES_DIR;
}

/*
** The rule index cache folder: $PREMORTEM_CACHE_DIR (set but empty: no
** cache), else $XDG_CACHE_HOME/premortem, else $HOME/.cache/premortem.
*/
const char *cache_dir(void)
{
  static char dir[PATH_MAX];
  const char *env = getenv("PREMORTEM_CACHE_DIR"), *base;
  if(env)
    return *env ? env : NULL;
  if((base = getenv("XDG_CACHE_HOME")) && *base == '/') {
    if(snprintf(dir, sizeof dir, "%s/premortem", base) < (int)sizeof dir)
      return dir;
  } else if((base = getenv("HOME")) && *base == '/') {
    if(snprintf(dir, sizeof dir, "%s/.cache/premortem", base) < (int)sizeof dir)
      return dir;
  }
  return NULL;
}

void print_diag(const pm_diag *d)
{
  char buf[2048];
  fprintf(stderr, "%s\n", pm_diag_format(d, buf, sizeof buf));
}

void print_diags(const pm_diags *ds)
{
  size_t i;
  for(i = 0; ds && i < ds->n; i++)
    print_diag(&ds->v[i]);
}

void set_error(pm_diag *d, pm_status code, const char *message)
{
  memset(d, 0, sizeof *d);
  d->code = code;
  snprintf(d->message, sizeof d->message, "%s", message);
}

int exit_for(pm_status st)
{
  switch(st) {
  case PM_OK: return EXIT_READY;
  case PM_ERR_RULE: return EXIT_RULE;
  default: return EXIT_INPUT;
  }
}

int add_rule_dir(rule_set *rs, const char *dir)
{
  if(rs->ndirs == MAX_RULE_DIRS) {
    fprintf(stderr, "%s: too many --rules directories (at most %d)\n", progname, MAX_RULE_DIRS);
    return 0;
  }
  rs->dirs[rs->ndirs++] = dir;
  return 1;
}

size_t parse_size(const char *s)
{
  char *end;
  unsigned long long v;
  errno = 0;
  v = strtoull(s, &end, 10);
  if(errno || end == s)
    return 0;
  if(*end == 'K' || *end == 'k')
    v <<= 10, end++;
  else if(*end == 'M' || *end == 'm')
    v <<= 20, end++;
  else if(*end == 'G' || *end == 'g')
    v <<= 30, end++;
  if(*end || v == 0 || v > ((unsigned long long)1 << 34))
    return 0;
  return (size_t)v;
}

pm_status open_engine(const rule_set *rs, pm_engine **e, pm_diags *problems, pm_diag *err)
{
  pm_options opt;
  pm_status st;
  memset(&opt, 0, sizeof opt);
  opt.max_plan_bytes = rs->max_plan_bytes;
  opt.cache_dir = cache_dir();
  st = pm_engine_new(&opt, e, err);
  int i;
  if(st != PM_OK)
    return st;
  /* the built-in taxonomy, roles, risk matrix and shared lib/ are the common vocabulary: always loaded */
  st = pm_engine_load_rules(*e, builtin_rules_dir(), rs->no_builtin ? PM_LOAD_DATA_ONLY | PM_LOAD_SHARED_LIB : 0,
                            problems, err);
  for(i = 0; i < rs->ndirs && st == PM_OK; i++)
    st = pm_engine_load_rules(*e, rs->dirs[i], 0, problems, err);
  if(st == PM_OK && rs->select)
    st = pm_engine_select(*e, rs->select, err);
  if(st != PM_OK) {
    pm_engine_free(*e);
    *e = NULL;
  }
  return st;
}
