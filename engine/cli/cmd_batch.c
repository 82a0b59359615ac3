/*
** cmd_batch.c: `premortem batch` -- JSON Lines of plans in, one checklist
** per line out, in input order, in constant memory however long the stream.
**
** The main thread reads lines into a ring of RING_PER_JOB * jobs slots;
** worker threads, each with its own engine (one Lua state per worker, rules
** compiled once), check the slots; the main thread writes finished slots in
** order and reuses them. A line that is not a plan gives an error line for
** that record, and the stream goes on.
*/
#define _GNU_SOURCE
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define RING_PER_JOB 4
#define MAX_JOBS 64

enum { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE };

typedef struct slot {
  int state;
  long lineno;
  char *line;          /* the record; freed once checked */
  size_t len;
  int too_long;        /* the record was cut at the size limit */
  char *out;           /* the output line (malloc'd), without its newline */
  size_t outlen;
} slot;

typedef struct batch {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  slot *ring;
  size_t cap;
  unsigned long head, tail, next;   /* oldest unwritten, next to fill, next to claim */
  int eof, fatal;
  const rule_set *rs;
  pm_check_options copt;
  size_t records, errors, not_ready;
} batch;

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem batch [options] < plans.jsonl > checklists.jsonl\n"
          "\n"
          "Reads JSON Lines, one plan object per line (an optional \"id\" field labels\n"
          "the record), and writes one line per record, in input order:\n"
          "  {\"id\":ID,\"line\":N,\"ready\":true|false,\"checklist\":{...}}\n"
          "or, when the record is not a valid plan:\n"
          "  {\"id\":ID|null,\"line\":N,\"error\":{\"line\":L,\"column\":C,\"message\":\"...\"}}\n"
          "Memory stays constant however long the stream; it works as a plain\n"
          "stdin/stdout filter.\n"
          "\n"
          "options:\n"
          "  -j, --jobs N        check with N worker threads (default 1, at most 64)\n"
          "  -r, --rules DIR     also load DIR (repeatable)\n"
          "      --no-builtin    do not load the built-in rule packs\n"
          "      --select EXPR   run only matching rules\n"
          "      --today DATE    today's date for overdue checks\n"
          "      --fail-under N  readiness under N is not ready\n"
          "      --max-plan-size SIZE  refuse records larger than SIZE (default 8M)\n"
          "  -h, --help          show this help\n"
          "\n"
          "exit codes: 0 the stream was processed (records may hold errors),\n"
          "            2 usage error, unreadable rules, or a read/write error\n");
}

enum { OPT_NO_BUILTIN = 256, OPT_SELECT, OPT_TODAY, OPT_FAIL_UNDER, OPT_MAX_PLAN };

static const struct option longopts[] = {
  { "jobs", required_argument, NULL, 'j' },
  { "rules", required_argument, NULL, 'r' },
  { "no-builtin", no_argument, NULL, OPT_NO_BUILTIN },
  { "select", required_argument, NULL, OPT_SELECT },
  { "today", required_argument, NULL, OPT_TODAY },
  { "fail-under", required_argument, NULL, OPT_FAIL_UNDER },
  { "max-plan-size", required_argument, NULL, OPT_MAX_PLAN },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

/* Appends to a malloc'd string; on failure frees it and returns NULL. */
static char *cat(char *s, size_t *len, const char *add, size_t n)
{
  char *t = realloc(s, *len + n + 1);
  if(!t) {
    free(s);
    return NULL;
  }
  memcpy(t + *len, add, n);
  *len += n;
  t[*len] = '\0';
  return t;
}

/* The output line for one record. */
static void check_record(pm_engine *e, batch *b, slot *sl)
{
  char name[64], head[128];
  pm_plan *plan = NULL;
  pm_checklist *cl = NULL;
  pm_diag err;
  char *json = NULL, *out = NULL;
  size_t len = 0, n = 0;
  pm_status st;
  snprintf(name, sizeof name, "<line %ld>", sl->lineno);
  if(sl->too_long) {
    st = PM_ERR_LIMIT;
    set_error(&err, st, "record over the --max-plan-size limit (the rest of the line was skipped)");
  } else
    st = pm_plan_load_buffer(e, name, sl->line, sl->len, 1, NULL, &plan, NULL, &err);
  if(st == PM_OK)
    st = pm_check_ex(e, plan, &b->copt, &cl, &err);
  if(st == PM_OK)
    st = pm_checklist_json_ex(e, cl, PM_JSON_COMPACT, &json, &len, &err);
  out = cat(NULL, &n, "{\"id\":", 6);
  if(out)
    out = cat(out, &n, plan && pm_plan_id_json(plan) ? pm_plan_id_json(plan) : "null",
              strlen(plan && pm_plan_id_json(plan) ? pm_plan_id_json(plan) : "null"));
  snprintf(head, sizeof head, ",\"line\":%ld,", sl->lineno);
  if(out)
    out = cat(out, &n, head, strlen(head));
  if(st == PM_OK) {
    int ready = pm_checklist_gate_passed(cl);
    const char *mid = ready ? "\"ready\":true,\"checklist\":" : "\"ready\":false,\"checklist\":";
    if(out)
      out = cat(out, &n, mid, strlen(mid));
    if(out)
      out = cat(out, &n, json, len);
    if(out)
      out = cat(out, &n, "}", 1);
    if(!ready)
      b->not_ready++;  /* under the lock by the caller */
  } else {
    snprintf(head, sizeof head, "\"error\":{\"line\":%d,\"column\":%d,\"message\":", err.line, err.col);
    if(out)
      out = cat(out, &n, head, strlen(head));
    char *msg = pm_json_quote(st == PM_ERR_NOMEM ? "out of memory" : err.message);
    if(out)
      out = msg ? cat(out, &n, msg, strlen(msg)) : (free(out), NULL);
    pm_string_free(msg);
    if(out)
      out = cat(out, &n, "}}", 2);
    b->errors++;
  }
  pm_string_free(json);
  pm_checklist_free(cl);
  pm_plan_free(plan);
  sl->out = out;
  sl->outlen = out ? n : 0;
}

static void *worker(void *arg)
{
  batch *b = arg;
  pm_engine *e = NULL;
  pm_diags problems = { 0 };
  pm_diag err;
  if(open_engine(b->rs, &e, &problems, &err) != PM_OK) {
    pthread_mutex_lock(&b->mu);
    b->fatal = 1;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    pm_diags_free(&problems);
    return NULL;
  }
  pm_diags_free(&problems);
  pthread_mutex_lock(&b->mu);
  for(;;) {
    slot *sl;
    while(b->next == b->tail && !b->eof && !b->fatal)
      pthread_cond_wait(&b->cv, &b->mu);
    if(b->fatal || (b->next == b->tail && b->eof))
      break;
    sl = &b->ring[b->next++ % b->cap];
    sl->state = SLOT_BUSY;
    pthread_mutex_unlock(&b->mu);
    check_record(e, b, sl);
    free(sl->line);
    sl->line = NULL;
    pthread_mutex_lock(&b->mu);
    sl->state = SLOT_DONE;
    pthread_cond_broadcast(&b->cv);
  }
  pthread_mutex_unlock(&b->mu);
  pm_engine_free(e);
  return NULL;
}

/*
** Reads one line (without its newline) into *buf, keeping at most 'max'
** bytes: the rest of a longer line is skipped and *too_long set, so one huge
** record cannot take the memory. Returns the length kept, or -1 at the end.
*/
static ssize_t read_record(FILE *f, char **buf, size_t *cap, size_t max, int *too_long)
{
  size_t n = 0;
  int c, any = 0;
  *too_long = 0;
  while((c = getc_unlocked(f)) != EOF) {  /* only the main thread reads */
    any = 1;
    if(c == '\n')
      break;
    if(n >= max) {
      *too_long = 1;
      continue;
    }
    if(n + 1 >= *cap) {
      size_t nc = *cap ? *cap * 2 : 4096;
      char *nb = realloc(*buf, nc);
      if(!nb)
        return -2;
      *buf = nb;
      *cap = nc;
    }
    (*buf)[n++] = (char)c;
  }
  if(!any)
    return -1;
  if(*cap == 0) {
    if(!(*buf = malloc(1)))
      return -2;
    *cap = 1;
  }
  (*buf)[n] = '\0';
  return (ssize_t)n;
}

/* Writes finished slots at the head, in order. Called with the lock held. */
static int flush_done(batch *b)
{
  while(b->head != b->tail && b->ring[b->head % b->cap].state == SLOT_DONE) {
    slot *sl = &b->ring[b->head % b->cap];
    if(!sl->out || fwrite(sl->out, 1, sl->outlen, stdout) != sl->outlen || putchar('\n') == EOF)
      return 0;
    free(sl->out);
    sl->out = NULL;
    sl->state = SLOT_FREE;
    b->head++;
  }
  return 1;
}

int cmd_batch(int argc, char **argv)
{
  rule_set rs;
  batch b;
  pthread_t th[MAX_JOBS];
  int jobs = 1, c, i, rc = EXIT_READY, started = 0;
  char *line = NULL;
  size_t linecap = 0;
  ssize_t n = -1;  /* -1: end of input; -2: out of memory */
  long lineno = 0;
  pm_engine *probe = NULL;
  pm_diags problems = { 0 };
  pm_diag err;
  size_t max_record;
  int too_long = 0;

  memset(&rs, 0, sizeof rs);
  memset(&b, 0, sizeof b);
  optind = 1;
  while((c = getopt_long(argc, argv, "j:r:h", longopts, NULL)) != -1) {
    switch(c) {
    case 'j':
      jobs = atoi(optarg);
      if(jobs < 1 || jobs > MAX_JOBS) {
        fprintf(stderr, "%s batch: --jobs takes 1..%d\n", progname, MAX_JOBS);
        return EXIT_INPUT;
      }
      break;
    case 'r':
      if(!add_rule_dir(&rs, optarg))
        return EXIT_INPUT;
      break;
    case OPT_NO_BUILTIN: rs.no_builtin = 1; break;
    case OPT_SELECT: rs.select = optarg; break;
    case OPT_TODAY: b.copt.today = optarg; break;
    case OPT_FAIL_UNDER: b.copt.fail_under = atoi(optarg); break;
    case OPT_MAX_PLAN:
      if(!(rs.max_plan_bytes = parse_size(optarg))) {
        fprintf(stderr, "%s batch: --max-plan-size takes a size such as 8M or 500K\n", progname);
        return EXIT_INPUT;
      }
      break;
    case 'h': usage(stdout); return EXIT_READY;
    default: usage(stderr); return EXIT_INPUT;
    }
  }
  if(optind < argc) {
    fprintf(stderr, "%s batch: reads standard input; unexpected argument '%s'\n", progname, argv[optind]);
    return EXIT_INPUT;
  }
  /* load the rules once up front, so that a broken rules folder is one clear error */
  if(open_engine(&rs, &probe, &problems, &err) != PM_OK) {
    print_diag(&err);
    pm_diags_free(&problems);
    return EXIT_INPUT;
  }
  print_diags(&problems);
  pm_diags_free(&problems);
  pm_engine_free(probe);

  b.rs = &rs;
  max_record = rs.max_plan_bytes ? rs.max_plan_bytes : (size_t)8 << 20;
  b.cap = (size_t)jobs * RING_PER_JOB;
  b.ring = calloc(b.cap, sizeof *b.ring);
  if(!b.ring || pthread_mutex_init(&b.mu, NULL) || pthread_cond_init(&b.cv, NULL)) {
    fprintf(stderr, "%s: out of memory\n", progname);
    free(b.ring);
    return EXIT_INPUT;
  }
  for(i = 0; i < jobs; i++) {
    if(pthread_create(&th[i], NULL, worker, &b) != 0)
      break;
    started++;
  }
  if(!started) {
    fprintf(stderr, "%s batch: cannot start a worker\n", progname);
    rc = EXIT_INPUT;
    b.eof = 1;
  }
  while(started && (n = read_record(stdin, &line, &linecap, max_record, &too_long)) >= 0) {
    slot *sl;
    lineno++;
    while(n > 0 && line[n - 1] == '\r')
      line[--n] = '\0';
    if(n == 0 && !too_long)
      continue;  /* blank lines separate nothing */
    pthread_mutex_lock(&b.mu);
    while(b.tail - b.head == b.cap && !b.fatal) {
      if(!flush_done(&b)) {
        b.fatal = 2;
        break;
      }
      if(b.tail - b.head == b.cap)
        pthread_cond_wait(&b.cv, &b.mu);
    }
    if(b.fatal) {
      pthread_mutex_unlock(&b.mu);
      break;
    }
    sl = &b.ring[b.tail % b.cap];
    sl->line = malloc((size_t)n + 1);
    if(!sl->line) {
      b.fatal = 2;
      pthread_mutex_unlock(&b.mu);
      break;
    }
    memcpy(sl->line, line, (size_t)n + 1);
    sl->len = (size_t)n;
    sl->too_long = too_long;
    sl->lineno = lineno;
    sl->state = SLOT_READY;
    b.tail++;
    b.records++;
    pthread_cond_broadcast(&b.cv);
    if(!flush_done(&b))
      b.fatal = 2;
    pthread_mutex_unlock(&b.mu);
  }
  free(line);
  if(n == -2)
    b.fatal = 2;
  pthread_mutex_lock(&b.mu);
  b.eof = 1;
  pthread_cond_broadcast(&b.cv);
  while(b.head != b.tail && !b.fatal) {
    if(!flush_done(&b)) {
      b.fatal = 2;
      break;
    }
    if(b.head != b.tail)
      pthread_cond_wait(&b.cv, &b.mu);
  }
  pthread_cond_broadcast(&b.cv);
  pthread_mutex_unlock(&b.mu);
  for(i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  if(ferror(stdin)) {
    fprintf(stderr, "%s batch: read error on standard input\n", progname);
    rc = EXIT_INPUT;
  }
  if(b.fatal == 1) {
    fprintf(stderr, "%s batch: a worker could not load the rules\n", progname);
    rc = EXIT_INPUT;
  } else if(b.fatal == 2 || fflush(stdout) != 0) {
    fprintf(stderr, "%s batch: cannot write the output (or out of memory)\n", progname);
    rc = EXIT_INPUT;
  }
  for(i = 0; (size_t)i < b.cap; i++) {
    free(b.ring[i].line);
    free(b.ring[i].out);
  }
  free(b.ring);
  pthread_mutex_destroy(&b.mu);
  pthread_cond_destroy(&b.cv);
  return rc;
}
