/*
** test_trigger.c: the Aho-Corasick automaton against a naive search, on
** fixed cases and on seeded random texts (a property test).
*/
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "trigger.h"

typedef struct hits {
  int rule[4096];
  size_t ns[4096];
  int n;
} hits;

static int on_hit(void *ud, int rule, int phrase, size_t ns, size_t ne)
{
  hits *h = ud;
  (void)phrase;
  (void)ne;
  if(h->n < 4096) {
    h->rule[h->n] = rule;
    h->ns[h->n] = ns;
    h->n++;
  }
  return 1;
}

static int count_naive(const pm_text *t, const char *phrase)
{
  char np[128];
  size_t n = pm_text_normalize(phrase, strlen(phrase), np, NULL, 1), i;
  int c = 0;
  for(i = 0; i + n <= t->nlen; i++)
    if(memcmp(t->norm + i, np, n) == 0 && pm_text_bounded(t, i, i + n))
      c++;
  return c;
}

static void test_fixed(void)
{
  const char *phrases[] = { "qr code", "code", "hotline", "hot", "scan the code", "24/7" };
  const char *text = "Scan the code or the QR code; our hotline is 24/7 and hot.";
  pm_trigger *tr = pm_trigger_new();
  pm_text t;
  hits h;
  int i, per[6] = { 0 };
  for(i = 0; i < 6; i++)
    CHECK(pm_trigger_add(tr, phrases[i], i));
  CHECK(pm_trigger_build(tr));
  pm_text_init(&t, text, strlen(text));
  memset(&h, 0, sizeof h);
  CHECK(pm_trigger_scan(tr, &t, on_hit, &h));
  for(i = 0; i < h.n; i++)
    per[h.rule[i]]++;
  CHECK_INT(per[0], 1);    /* qr code */
  CHECK_INT(per[1], 2);    /* code, twice: inside both longer phrases */
  CHECK_INT(per[2], 1);    /* hotline */
  CHECK_INT(per[3], 1);    /* hot (not inside hotline: word bound) */
  CHECK_INT(per[4], 1);
  CHECK_INT(per[5], 1);
  pm_text_free(&t);
  pm_trigger_free(tr);
}

static void test_empty(void)
{
  pm_trigger *tr = pm_trigger_new();
  pm_text t;
  hits h;
  memset(&h, 0, sizeof h);
  CHECK(pm_trigger_add(tr, "   ", 0));     /* normalises to nothing: ignored */
  CHECK(pm_trigger_build(tr));
  pm_text_init(&t, "anything", 8);
  CHECK(pm_trigger_scan(tr, &t, on_hit, &h));
  CHECK_INT(h.n, 0);
  pm_text_free(&t);
  pm_trigger_free(tr);
}

static char cache[64];   /* a private folder for saved automata */

/* Saves 'tr' and opens it back: the copy must find exactly what the original finds. */
static pm_trigger *reopen(const pm_trigger *tr, int round)
{
  char path[128];
  pm_trigger *back;
  snprintf(path, sizeof path, "%s/t/%d.trie", cache, round);
  CHECK(pm_trigger_save(tr, path, (uint64_t)round));
  CHECK(pm_trigger_open(path, (uint64_t)round + 1) == NULL);   /* another key: not this file */
  back = pm_trigger_open(path, (uint64_t)round);
  CHECK(back != NULL);
  return back;
}

/* Random texts over a small alphabet, so phrases overlap a lot. */
static void test_random(void)
{
  static const char alpha[] = "ab c-d";
  char phrases[40][8];
  unsigned seed = 12345;
  int round;
  for(round = 0; round < 50; round++) {
    pm_trigger *tr = pm_trigger_new();
    char text[600];
    pm_text t;
    hits h;
    int i, np = 1 + round % 40;
    for(i = 0; i < np; i++) {
      int k, len = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 5;
      for(k = 0; k < len; k++)
        phrases[i][k] = alpha[((seed = seed * 1103515245u + 12345u) >> 16) % 4];  /* a, b, ' ', c */
      phrases[i][len] = '\0';
      CHECK(pm_trigger_add(tr, phrases[i], i));
    }
    CHECK(pm_trigger_build(tr));
    for(i = 0; i < 599; i++)
      text[i] = alpha[((seed = seed * 1103515245u + 12345u) >> 16) % 6];
    text[599] = '\0';
    pm_text_init(&t, text, 599);
    memset(&h, 0, sizeof h);
    pm_trigger_scan(tr, &t, on_hit, &h);
    {
      /* a saved and reopened automaton finds the same hits, in the same order */
      pm_trigger *back = reopen(tr, round);
      static hits h2;
      memset(&h2, 0, sizeof h2);
      if(back) {
        pm_trigger_scan(back, &t, on_hit, &h2);
        CHECK_INT(h2.n, h.n);
        CHECK(memcmp(h2.rule, h.rule, sizeof h.rule) == 0 && memcmp(h2.ns, h.ns, sizeof h.ns) == 0);
        pm_trigger_free(back);
      }
    }
    for(i = 0; i < np; i++) {
      int k, got = 0;
      char np_[16];
      if(pm_text_normalize(phrases[i], strlen(phrases[i]), np_, NULL, 1) == 0)
        continue;
      for(k = 0; k < h.n; k++)
        got += h.rule[k] == i;
      CHECK_INT(got, count_naive(&t, phrases[i]));
    }
    pm_text_free(&t);
    pm_trigger_free(tr);
  }
}

/* A damaged or truncated saved automaton is not used. */
static void test_damaged(void)
{
  const char *phrases[] = { "qr code", "hotline", "price drop" };
  char path[128];
  pm_trigger *tr = pm_trigger_new(), *back;
  FILE *f;
  long size, at;
  int i;
  for(i = 0; i < 3; i++)
    CHECK(pm_trigger_add(tr, phrases[i], i));
  CHECK(pm_trigger_build(tr));
  snprintf(path, sizeof path, "%s/damaged.trie", cache);
  CHECK(pm_trigger_save(tr, path, 7));
  f = fopen(path, "r+b");
  CHECK(f != NULL);
  if(!f) {
    pm_trigger_free(tr);
    return;
  }
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  for(at = 0; at < size; at += 37) {   /* one flipped byte anywhere: not used */
    int c;
    fseek(f, at, SEEK_SET);
    c = fgetc(f);
    fseek(f, at, SEEK_SET);
    fputc(c ^ 0x40, f);
    fflush(f);
    back = pm_trigger_open(path, 7);
    CHECK(back == NULL);
    pm_trigger_free(back);
    fseek(f, at, SEEK_SET);
    fputc(c, f);
    fflush(f);
  }
  fclose(f);
  back = pm_trigger_open(path, 7);
  CHECK(back != NULL);   /* restored: used again */
  pm_trigger_free(back);
  CHECK(truncate(path, size - 1) == 0);
  CHECK(pm_trigger_open(path, 7) == NULL);
  pm_trigger_free(tr);
}

int main(void)
{
  char cmd[96];
  snprintf(cache, sizeof cache, "/tmp/pm-trie-XXXXXX");
  if(!mkdtemp(cache))
    return 2;
  test_fixed();
  test_empty();
  test_random();
  test_damaged();
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", cache);
  CHECK(system(cmd) == 0);
  CHECK_DONE();
}
