/*
** cmd_batch.c: `premortem batch` -- JSON Lines of plans in, one checklist
** per line out, in input order, in constant memory however long the stream.
**
** The main thread reads lines into a ring of RING_PER_JOB * jobs slots;
** worker threads, each with its own engine (one Lua state per worker, rules
** compiled once), check the slots; the main thread writes finished slots in
** order and reuses them. A line that is not a plan gives an error line for
** that record, and the stream goes on.
**
** The threads wake each other only when the other is waiting, and the main
** thread, once the ring is full, sleeps until all but one record a worker
** are done: waking a thread per record cost more than a fifth of the run on
** a 2-core machine. It writes the output without holding the lock.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define RING_PER_JOB 8
#define MAX_JOBS 64
#define IN_BLOCK 65536
#define KEEP_BUFFER ((size_t)1 << 20)  /* a slot keeps its buffers between records up to this size */

enum { SLOT_FREE, SLOT_READY, SLOT_BUSY, SLOT_DONE };

typedef struct slot {
  int state;
  long lineno;
  char *line;          /* the record (its buffer is reused for the next one) */
  size_t len, linecap;
  int too_long;        /* the record was cut at the size limit */
  char *out;           /* the output line, without its newline (reused buffer) */
  size_t outlen, outcap;
  int failed;          /* out of memory while making the output line */
} slot;

typedef struct batch {
  pthread_mutex_t mu;
  pthread_cond_t work;              /* workers wait here for a record */
  pthread_cond_t done;              /* the main thread waits here for finished records */
  slot *ring;
  size_t cap;
  unsigned long head, tail, next;   /* oldest unwritten, next to fill, next to claim */
  int eof, fatal;
  int idle;                         /* workers waiting on 'work' */
  int waiting;                      /* the main thread waits on 'done' until 'want' records at the head are done */
  size_t want;
  pm_engine *spare;                 /* the engine loaded up front, for the first worker */
  const rule_set *rs;
  pm_check_options copt;
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

/* Room for 'need' bytes in a growable buffer. */
static int reserve(char **buf, size_t *cap, size_t need)
{
  size_t nc = *cap ? *cap : 4096;
  char *nb;
  if(need <= *cap)
    return 1;
  while(nc < need)
    nc *= 2;
  if(!(nb = realloc(*buf, nc)))
    return 0;
  *buf = nb;
  *cap = nc;
  return 1;
}

/* Appends to the slot's output line; on failure marks the slot failed. */
static void put(slot *sl, const char *add, size_t n)
{
  if(sl->failed)
    return;
  if(!reserve(&sl->out, &sl->outcap, sl->outlen + n + 1)) {
    sl->failed = 1;
    return;
  }
  memcpy(sl->out + sl->outlen, add, n);
  sl->outlen += n;
  sl->out[sl->outlen] = '\0';
}

static void put_str(slot *sl, const char *s) { put(sl, s, strlen(s)); }

/* The output line for one record. */
static void check_record(pm_engine *e, batch *b, slot *sl)
{
  char name[64], head[128];
  pm_plan *plan = NULL;
  pm_checklist *cl = NULL;
  pm_diag err;
  char *json = NULL;
  size_t len = 0;
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
  sl->outlen = 0;
  sl->failed = 0;
  put(sl, "{\"id\":", 6);
  put_str(sl, plan && pm_plan_id_json(plan) ? pm_plan_id_json(plan) : "null");
  snprintf(head, sizeof head, ",\"line\":%ld,", sl->lineno);
  put_str(sl, head);
  if(st == PM_OK) {
    int ready = pm_checklist_gate_passed(cl);
    put_str(sl, ready ? "\"ready\":true,\"checklist\":" : "\"ready\":false,\"checklist\":");
    put(sl, json, len);
    put(sl, "}", 1);
  } else {
    char *msg;
    snprintf(head, sizeof head, "\"error\":{\"line\":%d,\"column\":%d,\"message\":", err.line, err.col);
    put_str(sl, head);
    msg = pm_json_quote(st == PM_ERR_NOMEM ? "out of memory" : err.message);
    if(msg)
      put_str(sl, msg);
    else
      sl->failed = 1;
    pm_string_free(msg);
    put(sl, "}}", 2);
  }
  pm_string_free(json);
  pm_checklist_free(cl);
  pm_plan_free(plan);
}

/* Finished records at the head of the ring: what the main thread can write now. Under the lock. */
static size_t done_at_head(const batch *b)
{
  size_t n = 0;
  while(b->head + n != b->tail && b->ring[(b->head + n) % b->cap].state == SLOT_DONE)
    n++;
  return n;
}

/* Stops everything: every thread that waits wakes up and sees 'fatal'. Under the lock. */
static void set_fatal(batch *b, int why)
{
  if(!b->fatal)
    b->fatal = why;
  pthread_cond_broadcast(&b->work);
  pthread_cond_broadcast(&b->done);
}

static void *worker(void *arg)
{
  batch *b = arg;
  pm_engine *e;
  pm_diags problems = { 0 };
  pm_diag err;
  pthread_mutex_lock(&b->mu);
  e = b->spare;
  b->spare = NULL;
  pthread_mutex_unlock(&b->mu);
  if(!e && open_engine(b->rs, &e, &problems, &err) != PM_OK) {
    pthread_mutex_lock(&b->mu);
    set_fatal(b, 1);
    pthread_mutex_unlock(&b->mu);
    pm_diags_free(&problems);
    return NULL;
  }
  pm_diags_free(&problems);
  pthread_mutex_lock(&b->mu);
  for(;;) {
    slot *sl;
    while(b->next == b->tail && !b->eof && !b->fatal) {
      b->idle++;
      pthread_cond_wait(&b->work, &b->mu);
      b->idle--;
    }
    if(b->fatal || (b->next == b->tail && b->eof))
      break;
    sl = &b->ring[b->next++ % b->cap];
    sl->state = SLOT_BUSY;
    pthread_mutex_unlock(&b->mu);
    check_record(e, b, sl);
    if(sl->linecap > KEEP_BUFFER) {  /* a huge record: give its memory back */
      free(sl->line);
      sl->line = NULL;
      sl->linecap = 0;
    }
    pthread_mutex_lock(&b->mu);
    sl->state = SLOT_DONE;
    if(b->waiting && done_at_head(b) >= b->want)
      pthread_cond_signal(&b->done);
  }
  pthread_mutex_unlock(&b->mu);
  pm_engine_free(e);
  return NULL;
}

/*
** Buffered input. read(2), not fread: fread waits for a whole block, and a
** producer that sends one record and waits for its answer would hang.
*/
typedef struct reader {
  int fd;
  char *buf;
  size_t pos, end;
  int eof, error;
} reader;

/*
** Reads one line (without its newline) into *buf, keeping at most 'max'
** bytes: the rest of a longer line is skipped and *too_long set, so one huge
** record cannot take the memory. Returns the length kept, -1 at the end, -2
** when out of memory.
*/
static ssize_t read_record(reader *r, char **buf, size_t *cap, size_t max, int *too_long)
{
  size_t n = 0;
  int any = 0;
  *too_long = 0;
  for(;;) {
    const char *p, *nl;
    size_t take, keep;
    if(r->pos == r->end) {
      ssize_t got;
      if(r->eof)
        break;
      while((got = read(r->fd, r->buf, IN_BLOCK)) < 0 && errno == EINTR)
        ;
      if(got <= 0) {
        r->eof = 1;
        r->error = got < 0;
        break;
      }
      r->pos = 0;
      r->end = (size_t)got;
    }
    any = 1;
    p = r->buf + r->pos;
    nl = memchr(p, '\n', r->end - r->pos);
    take = nl ? (size_t)(nl - p) : r->end - r->pos;
    keep = take;
    if(n + take > max) {
      keep = max - n;
      *too_long = 1;
    }
    if(keep) {
      if(!reserve(buf, cap, n + keep + 1))
        return -2;
      memcpy(*buf + n, p, keep);
      n += keep;
    }
    r->pos += take + (nl != NULL);
    if(nl)
      break;
  }
  if(!any)
    return -1;
  if(!reserve(buf, cap, n + 1))
    return -2;
  (*buf)[n] = '\0';
  return (ssize_t)n;
}

/*
** Writes finished slots at the head, in order. Called with the lock held;
** the lock is let go while writing, so that workers finishing records do
** not wait on the output. Only this (main) thread frees slots, so the ones
** being written stay put.
*/
static int flush_done(batch *b)
{
  size_t n = done_at_head(b), k;
  int ok = 1;
  if(!n)
    return 1;
  pthread_mutex_unlock(&b->mu);
  for(k = 0; k < n && ok; k++) {
    slot *sl = &b->ring[(b->head + k) % b->cap];
    ok = !sl->failed && fwrite(sl->out, 1, sl->outlen, stdout) == sl->outlen && putchar('\n') != EOF;
    if(sl->outcap > KEEP_BUFFER) {
      free(sl->out);
      sl->out = NULL;
      sl->outcap = 0;
    }
  }
  pthread_mutex_lock(&b->mu);
  for(k = 0; k < n; k++)
    b->ring[(b->head + k) % b->cap].state = SLOT_FREE;
  b->head += n;
  return ok;
}

/*
** Writes what is done, then sleeps until 'want' more records at the head
** are done (or the workers stopped). Called with the lock held.
*/
static int wait_done(batch *b, size_t want)
{
  if(!flush_done(b))
    return 0;
  if(b->head == b->tail || b->fatal)
    return 1;
  if(want > b->tail - b->head)
    want = b->tail - b->head;
  b->want = want;
  b->waiting = 1;
  while(!b->fatal && done_at_head(b) < want)
    pthread_cond_wait(&b->done, &b->mu);
  b->waiting = 0;
  return flush_done(b);
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
  reader in = { 0 };

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
  b.spare = probe;  /* the first worker checks with it: the rules are not compiled twice */

  b.rs = &rs;
  max_record = rs.max_plan_bytes ? rs.max_plan_bytes : (size_t)8 << 20;
  b.cap = (size_t)jobs * RING_PER_JOB;
  b.ring = calloc(b.cap, sizeof *b.ring);
  in.fd = fileno(stdin);
  in.buf = malloc(IN_BLOCK);
  if(!b.ring || !in.buf || pthread_mutex_init(&b.mu, NULL) || pthread_cond_init(&b.work, NULL) ||
     pthread_cond_init(&b.done, NULL)) {
    fprintf(stderr, "%s: out of memory\n", progname);
    free(b.ring);
    free(in.buf);
    pm_engine_free(probe);
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
  while(started && (n = read_record(&in, &line, &linecap, max_record, &too_long)) >= 0) {
    slot *sl;
    char *swap;
    size_t swapcap;
    lineno++;
    while(n > 0 && line[n - 1] == '\r')
      line[--n] = '\0';
    if(n == 0 && !too_long)
      continue;  /* blank lines separate nothing */
    pthread_mutex_lock(&b.mu);
    while(b.tail - b.head == b.cap && !b.fatal)
      if(!wait_done(&b, b.cap - (size_t)jobs))
        set_fatal(&b, 2);
    if(b.fatal) {
      pthread_mutex_unlock(&b.mu);
      break;
    }
    /* the slot takes the record's buffer; the next record is read into the slot's old one */
    sl = &b.ring[b.tail % b.cap];
    swap = sl->line;
    swapcap = sl->linecap;
    sl->line = line;
    sl->linecap = linecap;
    line = swap;
    linecap = swapcap;
    sl->len = (size_t)n;
    sl->too_long = too_long;
    sl->lineno = lineno;
    sl->state = SLOT_READY;
    b.tail++;
    if(b.idle)
      pthread_cond_signal(&b.work);
    if(!flush_done(&b))
      set_fatal(&b, 2);
    pthread_mutex_unlock(&b.mu);
  }
  free(line);
  free(in.buf);
  pthread_mutex_lock(&b.mu);
  if(n == -2)
    set_fatal(&b, 2);
  b.eof = 1;
  pthread_cond_broadcast(&b.work);
  while(b.head != b.tail && !b.fatal)
    if(!wait_done(&b, b.cap - (size_t)jobs))
      set_fatal(&b, 2);
  pthread_mutex_unlock(&b.mu);
  for(i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  pm_engine_free(b.spare);  /* no worker started */
  if(in.error) {
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
  pthread_cond_destroy(&b.work);
  pthread_cond_destroy(&b.done);
  return rc;
}
