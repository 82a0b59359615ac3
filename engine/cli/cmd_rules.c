/*
** cmd_rules.c: `premortem rules list|show|test|new`
*/
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem rules list [--select EXPR] [-r DIR]... [--no-builtin]\n"
          "       premortem rules show ID [-r DIR]... [--no-builtin]\n"
          "       premortem rules test [DIR...]\n"
          "       premortem rules new PACK.NAME [--dir DIR]\n"
          "       premortem rules new --from-incident INCIDENT.json [PACK.NAME] [--dir DIR]\n"
          "\n"
          "list   one line per rule: id, pack, category, severity, title; --select\n"
          "       filters, e.g. \"category:capacity and severity>=4\", \"pack:web or id:*qr*\"\n"
          "show   everything about one rule: causes, preventions, responses, triggers\n"
          "test   runs the tests of each pack in DIR (a pack, or a root of packs;\n"
          "       default: the built-in rules): every rule needs a plan in the pack's\n"
          "       tests/ that fires it (<rule>.fires.json) and one that must not\n"
          "       (<rule>.quiet.json); prints PASS/FAIL per test and a summary\n"
          "new    writes a rule to fill in, with a fires and a quiet test, into\n"
          "       DIR/PACK (default: the current folder); creates the pack if needed;\n"
          "       --from-incident fills it from a reviewed incident (default id:\n"
          "       incidents.<title>), so the organisation's pack learns\n"
          "\n"
          "exit codes: 0 done (all tests passed), 1 a test failed, 2 usage or input error\n");
}

enum { OPT_NO_BUILTIN = 256, OPT_SELECT, OPT_DIR, OPT_FROM_INCIDENT };

static const struct option longopts[] = {
  { "rules", required_argument, NULL, 'r' },
  { "no-builtin", no_argument, NULL, OPT_NO_BUILTIN },
  { "select", required_argument, NULL, OPT_SELECT },
  { "dir", required_argument, NULL, OPT_DIR },
  { "from-incident", required_argument, NULL, OPT_FROM_INCIDENT },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

static const char *from_incident;

/* Parses the options list and show share. Returns -1 to go on, else an exit code. */
static int parse_rule_opts(int argc, char **argv, rule_set *rs, const char **dir)
{
  int c;
  memset(rs, 0, sizeof *rs);
  optind = 1;
  while((c = getopt_long(argc, argv, "r:h", longopts, NULL)) != -1) {
    switch(c) {
    case 'r':
      if(!add_rule_dir(rs, optarg))
        return EXIT_INPUT;
      break;
    case OPT_NO_BUILTIN: rs->no_builtin = 1; break;
    case OPT_SELECT: rs->select = optarg; break;
    case OPT_FROM_INCIDENT:
      if(!dir) {
        usage(stderr);
        return EXIT_INPUT;
      }
      from_incident = optarg;
      break;
    case OPT_DIR:
      if(!dir) {
        usage(stderr);
        return EXIT_INPUT;
      }
      *dir = optarg;
      break;
    case 'h': usage(stdout); return EXIT_READY;
    default: usage(stderr); return EXIT_INPUT;
    }
  }
  return -1;
}

static int load(const rule_set *rs, pm_engine **e)
{
  pm_diags problems = { 0 };
  pm_diag err;
  pm_status st = open_engine(rs, e, &problems, &err);
  print_diags(&problems);
  pm_diags_free(&problems);
  if(st != PM_OK) {
    print_diag(&err);
    return 0;
  }
  return 1;
}

static int cmd_list(int argc, char **argv)
{
  rule_set rs;
  pm_engine *e = NULL;
  size_t i, n;
  int rc = parse_rule_opts(argc, argv, &rs, NULL);
  if(rc >= 0)
    return rc;
  if(optind < argc) {
    fprintf(stderr, "%s rules list: unexpected argument '%s'\n", progname, argv[optind]);
    return EXIT_INPUT;
  }
  if(!load(&rs, &e))
    return EXIT_INPUT;
  n = pm_engine_rule_count(e);
  for(i = 0; i < n; i++) {
    pm_rule_info ri;
    pm_engine_rule_info(e, i, &ri);
    if(ri.selected)
      printf("%-40s %-14s %-18s %d  %s\n", ri.id, ri.pack, ri.category, ri.severity, ri.title);
  }
  pm_engine_free(e);
  return EXIT_READY;
}

static void list_block(const char *heading, const char *const *v, size_t n)
{
  size_t i;
  printf("\n%s\n", heading);
  for(i = 0; i < n; i++)
    printf("  - %s\n", v[i]);
}

static void inline_list(const char *label, const char *const *v, size_t n, int quote)
{
  size_t i;
  if(!n)
    return;
  printf("%-14s", label);
  for(i = 0; i < n; i++)
    printf(quote ? "%s\"%s\"" : "%s%s", i ? ", " : "", v[i]);
  printf("\n");
}

static int cmd_show(int argc, char **argv)
{
  rule_set rs;
  pm_engine *e = NULL;
  size_t i, n;
  int rc = parse_rule_opts(argc, argv, &rs, NULL);
  if(rc >= 0)
    return rc;
  if(argc - optind != 1) {
    fprintf(stderr, "%s rules show: needs one rule id (try 'premortem rules list')\n", progname);
    return EXIT_INPUT;
  }
  if(!load(&rs, &e))
    return EXIT_INPUT;
  n = pm_engine_rule_count(e);
  for(i = 0; i < n; i++) {
    pm_rule_info r;
    pm_engine_rule_info(e, i, &r);
    if(strcmp(r.id, argv[optind]) != 0)
      continue;
    printf("%s: %s\n\n", r.id, r.title);
    printf("%-14s%s (%s)\n", "pack:", r.pack, r.file);
    printf("%-14s%s\n", "category:", r.category);
    printf("%-14s%d of 5   likelihood: %d of 5\n", "severity:", r.severity, r.likelihood);
    if(r.fmea_s)
      printf("%-14sseverity %d, occurrence %d, detection %d (of 10)\n", "fmea:", r.fmea_s, r.fmea_o, r.fmea_d);
    printf("%-14s%s\n", "rationale:", r.rationale);
    inline_list("owner:", r.owner, r.nowner, 0);
    printf("%-14s%s\n", "due:", r.due);
    printf("%-14s%s%s\n", "phase:", r.phase, r.has_check ? ", with a check function" : "");
    inline_list("triggers:", r.triggers, r.ntriggers, 1);
    inline_list("channels:", r.channels, r.nchannels, 0);
    inline_list("mitigated by:", r.mitigated_by, r.nmitigated_by, 1);
    printf("\nWhat could go wrong\n  %s\n", r.wrong);
    list_block("What could cause it", r.causes, r.ncauses);
    list_block("What prevents it", r.prevent, r.nprevent);
    list_block("How to respond if it happens anyway", r.respond, r.nrespond);
    pm_engine_free(e);
    return EXIT_READY;
  }
  fprintf(stderr, "%s rules show: no rule '%s' (try 'premortem rules list')\n", progname, argv[optind]);
  pm_engine_free(e);
  return EXIT_INPUT;
}

static void on_result(void *ud, const pm_test_result *r)
{
  const char *what = r->file ? r->file : r->pack;
  (void)ud;
  if(r->passed)
    printf("PASS %s %s (%s)\n", r->rule, r->expect, what);
  else
    printf("FAIL %s %s (%s): %s\n", r->rule ? r->rule : "-", r->expect, what, r->message);
}

static int cmd_test(int argc, char **argv)
{
  size_t passed = 0, failed = 0, tp = 0, tf = 0;
  pm_diag err;
  int c, i, rc = EXIT_READY;
  const char *builtin = builtin_rules_dir();
  optind = 1;
  while((c = getopt_long(argc, argv, "h", longopts + 4, NULL)) != -1) {
    if(c == 'h') {
      usage(stdout);
      return EXIT_READY;
    }
    usage(stderr);
    return EXIT_INPUT;
  }
  for(i = optind; i < argc || i == optind; i++) {
    const char *dir = i < argc ? argv[i] : builtin;
    pm_status st = pm_rules_test(dir, builtin, NULL, on_result, NULL, &passed, &failed, &err);
    tp += passed;
    tf += failed;
    if(st != PM_OK) {
      print_diag(&err);
      rc = EXIT_INPUT;
    }
    if(i >= argc)
      break;
  }
  printf("%zu passed, %zu failed\n", tp, tf);
  if(rc == EXIT_READY && tf)
    rc = EXIT_GATE;
  return rc;
}

/* ---- rules new ---- */

static int slug_ok(const char *s, size_t n)
{
  size_t i;
  if(!n || s[0] == '-' || s[n - 1] == '-')
    return 0;
  for(i = 0; i < n; i++)
    if(!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-'))
      return 0;
  return 1;
}

/* Creates 'path' with 'text'; refuses to overwrite. */
static int create(const char *path, const char *text)
{
  FILE *f;
  if(access(path, F_OK) == 0) {
    fprintf(stderr, "%s rules new: %s exists already; nothing was changed after it\n", progname, path);
    return 0;
  }
  f = fopen(path, "wx");
  if(!f || fputs(text, f) == EOF || fclose(f) != 0) {
    fprintf(stderr, "%s rules new: cannot write %s: %s\n", progname, path, strerror(errno));
    return 0;
  }
  printf("created %s\n", path);
  return 1;
}

/* Creates DIR/PACK and DIR/PACK/tests. */
static int make_dirs(const char *dir, const char *pack)
{
  char path[4096];
  int i;
  for(i = 0; i < 3; i++) {
    snprintf(path, sizeof path, i == 0 ? "%s" : i == 1 ? "%s/%s" : "%s/%s/tests", dir, pack);
    if(mkdir(path, 0777) != 0 && errno != EEXIST) {
      fprintf(stderr, "%s rules new: cannot create %s: %s\n", progname, path, strerror(errno));
      return EXIT_INPUT;
    }
  }
  return EXIT_READY;
}

/* Writes DIR/PACK/pack.lua when the pack is new. */
static int ensure_pack(const char *dir, const char *pack)
{
  char path[4096], text[1024];
  snprintf(path, sizeof path, "%s/%s/pack.lua", dir, pack);
  if(access(path, F_OK) == 0)
    return 1;
  snprintf(text, sizeof text,
           "return {\n  name = \"%s\",\n  version = \"0.1.0\",\n  description = \"Describe what this pack covers\",\n"
           "  engine = %d,\n}\n",
           pack, PM_ENGINE_API);
  return create(path, text);
}

/* Appends 's' as a Lua string literal. */
static void lua_quote(char *out, size_t size, const char *s)
{
  size_t o = 0;
  if(size < 3)
    return;
  out[o++] = '"';
  for(; *s && o + 5 < size; s++) {
    unsigned char c = (unsigned char)*s;
    if(c == '"' || c == '\\') {
      out[o++] = '\\';
      out[o++] = (char)c;
    } else if(c == '\n') {
      out[o++] = '\\';
      out[o++] = 'n';
    } else if(c < 0x20)
      o += (size_t)snprintf(out + o, size - o, "\\%03d", c);
    else
      out[o++] = (char)c;
  }
  out[o++] = '"';
  out[o] = '\0';
}

/* "QR codes on the shelf labels opened a 404 page" -> "qr-codes-on-the-shelf-labels" (whole words, at most 32 bytes). */
static void slug_of(const char *s, char *out, size_t size)
{
  size_t o = 0, word_start = 0;
  int dash = 0;
  for(; *s && o + 2 < size; s++) {
    if(isalnum((unsigned char)*s)) {
      if(dash && o) {
        if(o > 32)
          break;
        word_start = o;
        out[o++] = '-';
      }
      out[o++] = (char)tolower((unsigned char)*s);
      dash = 0;
    } else
      dash = 1;
  }
  if(o > 32 && word_start)
    o = word_start;  /* drop the word that went over */
  out[o] = '\0';
}

/* The Lua list of an incident's list field, or 'fallback' as a one-entry list. */
static void lua_list(char *out, size_t size, const pm_incident *in, const char *field, const char *fallback)
{
  char q[1024];
  size_t o = 0, i;
  const char *item;
  o += (size_t)snprintf(out + o, size - o, "{\n");
  for(i = 0; (item = pm_incident_list_item(in, field, i)) && o < size; i++) {
    lua_quote(q, sizeof q, item);
    o += (size_t)snprintf(out + o, size - o, "    %s,\n", q);
  }
  if(i == 0 && o < size) {
    lua_quote(q, sizeof q, fallback);
    o += (size_t)snprintf(out + o, size - o, "    %s,\n", q);
  }
  if(o < size)
    snprintf(out + o, size - o, "  }");
}

static int new_from_incident(const char *dir, const char *id_arg)
{
  pm_incident *in = NULL;
  pm_diag err;
  char id[200], slug[64], pack[128], name[128], path[4096], q_title[1024], q_wrong[4096], q_trig[512];
  char causes[8192], prevent[8192], text[32768], trig[256];
  const char *cat, *kw;
  if(pm_incident_load(from_incident, &in, &err) != PM_OK) {
    print_diag(&err);
    return EXIT_INPUT;
  }
  slug_of(pm_incident_field(in, "title"), slug, sizeof slug);
  if(id_arg)
    snprintf(id, sizeof id, "%s", id_arg);
  else
    snprintf(id, sizeof id, "incidents.%s", slug[0] ? slug : "incident");
  if(!strchr(id, '.') || strlen(id) >= sizeof pack) {
    fprintf(stderr, "%s rules new: '%s' is not PACK.NAME\n", progname, id);
    pm_incident_free(in);
    return EXIT_INPUT;
  }
  snprintf(pack, sizeof pack, "%.*s", (int)(strchr(id, '.') - id), id);
  snprintf(name, sizeof name, "%s", strchr(id, '.') + 1);
  /* the trigger: the incident's first keyword, else the first two words of its title */
  kw = pm_incident_list_item(in, "keywords", 0);
  if(kw)
    snprintf(trig, sizeof trig, "%s", kw);
  else {
    size_t n = 0;
    const char *t = pm_incident_field(in, "title");
    int words = 0;
    for(; t[n] && words < 2; n++)
      if(t[n] == ' ' && n && t[n - 1] != ' ')
        words++;
    snprintf(trig, sizeof trig, "%.*s", (int)(words == 2 ? n - 1 : n), t);
  }
  cat = pm_incident_field(in, "category");
  lua_quote(q_title, sizeof q_title, pm_incident_field(in, "title"));
  lua_quote(q_wrong, sizeof q_wrong, pm_incident_field(in, "what_happened"));
  lua_quote(q_trig, sizeof q_trig, trig);
  lua_list(causes, sizeof causes, in, "causes", "Name the cause the review found");
  lua_list(prevent, sizeof prevent, in, "could_have_prevented", "Check the condition that let it happen");
  snprintf(text, sizeof text,
           "-- %s: learned from the incident \"%s\" (%s), reviewed with premortem review.\n"
           "-- Check every field, sharpen the triggers, then run: premortem rules test %s/%s\n"
           "return {\n"
           "  id = \"%s\",\n"
           "  title = %s,\n"
           "  category = \"%s\",\n"
           "  severity = 4, likelihood = 3,  -- it happened once: revisit both\n"
           "  rationale = \"It happened before: %s.\",\n"
           "  triggers = { %s },\n"
           "  wrong = %s,\n"
           "  causes = %s,\n"
           "  prevent = %s,\n"
           "  respond = {\n"
           "    \"Acknowledge the problem to affected customers at once, in the channel where they met it\",\n"
           "    \"Contain it, fix the cause, and confirm the long-term fix in writing\",\n"
           "  },\n"
           "  owner = \"lead\",\n"
           "  due = \"T-7d\",\n"
           "}\n",
           id, pm_incident_field(in, "title"), pm_incident_field(in, "date"), dir, pack, id, q_title,
           cat ? cat : "technical-failure", pm_incident_field(in, "date"), q_trig, q_wrong, causes, prevent);
  if(make_dirs(dir, pack) != EXIT_READY || !ensure_pack(dir, pack)) {
    pm_incident_free(in);
    return EXIT_INPUT;
  }
  snprintf(path, sizeof path, "%s/%s/%s.lua", dir, pack, name);
  if(!create(path, text)) {
    pm_incident_free(in);
    return EXIT_INPUT;
  }
  snprintf(path, sizeof path, "%s/%s/tests/%s.fires.json", dir, pack, name);
  snprintf(text, sizeof text, "Our new launch: look for the %s.", trig);
  lua_quote(q_wrong, sizeof q_wrong, text);  /* for plain text, a Lua literal is also a JSON string */
  snprintf(text, sizeof text, "{\n  \"title\": \"A launch like the one in the incident\",\n"
                              "  \"announcement\": %s\n}\n", q_wrong);
  if(!create(path, text)) {
    pm_incident_free(in);
    return EXIT_INPUT;
  }
  snprintf(path, sizeof path, "%s/%s/tests/%s.quiet.json", dir, pack, name);
  if(!create(path, "{\n  \"title\": \"A launch without it\",\n  \"announcement\": \"A plain announcement about "
                    "opening hours.\"\n}\n")) {
    pm_incident_free(in);
    return EXIT_INPUT;
  }
  printf("next: review %s/%s/%s.lua, then run 'premortem rules test %s/%s'\n", dir, pack, name, dir, pack);
  pm_incident_free(in);
  return EXIT_READY;
}

static int cmd_new(int argc, char **argv)
{
  rule_set rs;
  const char *dir = ".", *id, *dot;
  char pack[128], name[128], phrase[128], path[4096], text[4096];
  size_t i;
  int rc = parse_rule_opts(argc, argv, &rs, &dir);
  if(rc >= 0)
    return rc;
  if(from_incident) {
    if(argc - optind > 1) {
      fprintf(stderr, "%s rules new: --from-incident takes at most one rule id\n", progname);
      return EXIT_INPUT;
    }
    return new_from_incident(dir, argc > optind ? argv[optind] : NULL);
  }
  if(argc - optind != 1) {
    fprintf(stderr, "%s rules new: needs one rule id PACK.NAME, e.g. acme.loyalty-points\n", progname);
    return EXIT_INPUT;
  }
  id = argv[optind];
  dot = strchr(id, '.');
  if(!dot || (size_t)(dot - id) >= sizeof pack || strlen(dot + 1) >= sizeof name || !slug_ok(id, (size_t)(dot - id)) ||
     !slug_ok(dot + 1, strlen(dot + 1))) {
    fprintf(stderr, "%s rules new: '%s' is not PACK.NAME with lower-case letters, digits and hyphens\n", progname, id);
    return EXIT_INPUT;
  }
  memcpy(pack, id, (size_t)(dot - id));
  pack[dot - id] = '\0';
  strcpy(name, dot + 1);
  for(i = 0; name[i]; i++)
    phrase[i] = name[i] == '-' ? ' ' : name[i];
  phrase[i] = '\0';

  if(make_dirs(dir, pack) != EXIT_READY || !ensure_pack(dir, pack))
    return EXIT_INPUT;
  snprintf(path, sizeof path, "%s/%s/%s.lua", dir, pack, name);
  snprintf(text, sizeof text,
           "-- %s: fill in every field, then run: premortem rules test %s/%s\n"
           "-- Reference: docs/writing-rules.md\n"
           "return {\n"
           "  id = \"%s\",\n"
           "  title = \"Say in a few words what goes wrong\",\n"
           "  category = \"technical-failure\",   -- a key of rules/taxonomy.lua\n"
           "  severity = 3, likelihood = 3,      -- 1..5 each, before any mitigation\n"
           "  rationale = \"Say in one line why this severity and likelihood.\",\n"
           "  triggers = { \"%s\" },              -- phrases in a plan that make this rule fire\n"
           "  wrong = \"Describe what customers or staff experience when it goes wrong.\",\n"
           "  causes = {\n    \"Name a cause\",\n    \"Name another cause\",\n  },\n"
           "  prevent = {\n    \"Start each prevention with a verb, so it can be ticked off\",\n"
           "    \"Add a second prevention\",\n  },\n"
           "  respond = {\n    \"Acknowledge the problem publicly at once\",\n"
           "    \"Confirm the long-term fix in writing\",\n  },\n"
           "  owner = \"lead\",                    -- a role of rules/roles.lua\n"
           "  due = \"T-7d\",                      -- relative to the launch date\n"
           "}\n",
           id, dir, pack, id, phrase);
  if(!create(path, text))
    return EXIT_INPUT;
  snprintf(path, sizeof path, "%s/%s/tests/%s.fires.json", dir, pack, name);
  snprintf(text, sizeof text,
           "{\n  \"title\": \"A plan that must make %s fire\",\n"
           "  \"announcement\": \"Replace this with a realistic announcement that mentions %s.\"\n}\n",
           id, phrase);
  if(!create(path, text))
    return EXIT_INPUT;
  snprintf(path, sizeof path, "%s/%s/tests/%s.quiet.json", dir, pack, name);
  snprintf(text, sizeof text,
           "{\n  \"title\": \"A plan on which %s must stay quiet\",\n"
           "  \"announcement\": \"Replace this with a near miss: the same kind of launch, without the risk.\"\n}\n",
           id);
  if(!create(path, text))
    return EXIT_INPUT;
  printf("next: edit %s/%s/%s.lua and its tests, then run 'premortem rules test %s/%s'\n", dir, pack, name, dir,
         pack);
  return EXIT_READY;
}

int cmd_rules(int argc, char **argv)
{
  if(argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? EXIT_INPUT : EXIT_READY;
  }
  if(strcmp(argv[1], "list") == 0)
    return cmd_list(argc - 1, argv + 1);
  if(strcmp(argv[1], "show") == 0)
    return cmd_show(argc - 1, argv + 1);
  if(strcmp(argv[1], "test") == 0)
    return cmd_test(argc - 1, argv + 1);
  if(strcmp(argv[1], "new") == 0)
    return cmd_new(argc - 1, argv + 1);
  fprintf(stderr, "%s rules: unknown subcommand '%s' (list, show, test, new)\n", progname, argv[1]);
  return EXIT_INPUT;
}
