/*
** trigger.c: a multi-pattern Aho-Corasick automaton, built as a full DFA
** over byte classes (only bytes that occur in some phrase get a class of
** their own; every other byte is class 0 and sends the scan to the root).
*/
#include "trigger.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "alloc.h"

struct pm_trigger {
  unsigned char cls[256];
  int nclass;
  /* phrases */
  char **phr;
  size_t *plen;
  int *prule;
  int *pnext;          /* next phrase ending in the same state, -1 */
  int nphr, capphr;
  /* states */
  int *next;           /* nstates * nclass, states numbered breadth first */
  int *fail, *out, *dict;
  int nstates;
  int built;
};

pm_trigger *pm_trigger_new(void)
{
  pm_trigger *tr = pm_calloc(1, sizeof *tr);
  return tr;
}

void pm_trigger_free(pm_trigger *tr)
{
  int i;
  if(!tr)
    return;
  for(i = 0; i < tr->nphr; i++)
    pm_free(tr->phr[i]);
  pm_free(tr->phr);
  pm_free(tr->plen);
  pm_free(tr->prule);
  pm_free(tr->pnext);
  pm_free(tr->next);
  pm_free(tr->fail);
  pm_free(tr->out);
  pm_free(tr->dict);
  pm_free(tr);
}

int pm_trigger_add(pm_trigger *tr, const char *phrase, int rule)
{
  size_t len = strlen(phrase);
  char *n = pm_malloc(len + 1);
  size_t i;
  if(!n)
    return 0;
  len = pm_text_normalize(phrase, len, n, NULL, 1);
  if(!len) {
    pm_free(n);
    return 1;
  }
  if(tr->nphr == tr->capphr) {
    int cap = tr->capphr ? tr->capphr * 2 : 64;
    char **a = pm_realloc(tr->phr, (size_t)cap * sizeof *a);
    size_t *b;
    int *c;
    if(!a)
      goto nomem;
    tr->phr = a;
    if(!(b = pm_realloc(tr->plen, (size_t)cap * sizeof *b)))
      goto nomem;
    tr->plen = b;
    if(!(c = pm_realloc(tr->prule, (size_t)cap * sizeof *c)))
      goto nomem;
    tr->prule = c;
    if(!(c = pm_realloc(tr->pnext, (size_t)cap * sizeof *c)))
      goto nomem;
    tr->pnext = c;
    tr->capphr = cap;
  }
  tr->phr[tr->nphr] = n;
  tr->plen[tr->nphr] = len;
  tr->prule[tr->nphr] = rule;
  tr->pnext[tr->nphr] = -1;
  tr->nphr++;
  for(i = 0; i < len; i++)
    tr->cls[(unsigned char)n[i]] = 1;
  return 1;
nomem:
  pm_free(n);
  return 0;
}

/*
** The trie holds at most one state per phrase byte, plus the root. It is
** first built as child lists, then numbered breadth first and written out
** as the dense table in that order: a state's failure link is shallower, so
** it is already complete, and its row is copied and then overridden by the
** state's own children. Copying rows in that order keeps the rows read
** (mostly shallow states) in the cache; a depth-first table cost about
** three cache misses per state.
*/
int pm_trigger_build(pm_trigger *tr)
{
  int i, cap = 1, nc = 1, n = 1, qt = 1, ok = 0;
  int *first = NULL, *sib = NULL, *order = NULL, *renum = NULL, *ends = NULL;
  unsigned char *label = NULL;
  for(i = 0; i < tr->nphr; i++) {
    if(tr->plen[i] > (size_t)(INT_MAX / 2 - cap))
      return 0;
    cap += (int)tr->plen[i];
  }
  /* byte classes: 0 for bytes in no phrase */
  for(i = 0; i < 256; i++)
    tr->cls[i] = tr->cls[i] ? (unsigned char)nc++ : 0;
  tr->nclass = nc;
  if((size_t)cap > SIZE_MAX / sizeof(int) / (size_t)nc)
    return 0;
  first = pm_malloc((size_t)cap * sizeof *first);
  sib = pm_malloc((size_t)cap * sizeof *sib);
  label = pm_malloc((size_t)cap);
  order = pm_malloc((size_t)cap * sizeof *order);
  renum = pm_malloc((size_t)cap * sizeof *renum);
  ends = pm_malloc((size_t)cap * sizeof *ends);
  tr->next = pm_calloc((size_t)cap * (size_t)nc, sizeof *tr->next);
  tr->fail = pm_calloc((size_t)cap, sizeof *tr->fail);
  tr->out = pm_malloc((size_t)cap * sizeof *tr->out);
  tr->dict = pm_malloc((size_t)cap * sizeof *tr->dict);
  if(!first || !sib || !label || !order || !renum || !ends || !tr->next || !tr->fail || !tr->out || !tr->dict)
    goto done;
  /* the trie as child lists; ends[s]: the last phrase ending in s, chained through pnext */
  first[0] = ends[0] = -1;
  for(i = 0; i < tr->nphr; i++) {
    int s = 0;
    size_t k;
    for(k = 0; k < tr->plen[i]; k++) {
      unsigned char c = tr->cls[(unsigned char)tr->phr[i][k]];
      int t = first[s];
      while(t >= 0 && label[t] != c)
        t = sib[t];
      if(t < 0) {
        t = n++;
        label[t] = c;
        first[t] = ends[t] = -1;
        sib[t] = first[s];
        first[s] = t;
      }
      s = t;
    }
    tr->pnext[i] = ends[s];
    ends[s] = i;
  }
  /* breadth-first numbering: order[new] = old, renum[old] = new */
  order[0] = renum[0] = 0;
  for(i = 0; i < qt; i++) {
    int t;
    for(t = first[order[i]]; t >= 0; t = sib[t]) {
      renum[t] = qt;
      order[qt++] = t;
    }
  }
  for(i = 0; i < n; i++)
    tr->out[i] = ends[order[i]];
  /* rows in that order: each starts as its failure state's (complete) row */
  tr->dict[0] = -1;
  for(i = 0; i < n; i++) {
    int *row = &tr->next[(size_t)i * (size_t)nc], t;
    if(i)
      memcpy(row, &tr->next[(size_t)tr->fail[i] * (size_t)nc], (size_t)nc * sizeof *row);
    for(t = first[order[i]]; t >= 0; t = sib[t]) {
      int j = renum[t], f = i ? row[label[t]] : 0;
      tr->fail[j] = f;
      tr->dict[j] = tr->out[f] >= 0 ? f : tr->dict[f];
      row[label[t]] = j;
    }
  }
  ok = 1;
done:
  pm_free(first);
  pm_free(sib);
  pm_free(label);
  pm_free(order);
  pm_free(renum);
  pm_free(ends);
  tr->nstates = n;
  tr->built = ok;
  return ok;
}

int pm_trigger_scan(const pm_trigger *tr, const pm_text *t,
                    int (*fn)(void *ud, int rule, int phrase, size_t ns, size_t ne), void *ud)
{
  const unsigned char *n = (const unsigned char *)t->norm;
  size_t i, nc = (size_t)tr->nclass;
  int s = 0;
  if(!tr->built || !tr->nphr)
    return 1;
  for(i = 0; i < t->nlen; i++) {
    int st;
    s = tr->next[(size_t)s * nc + tr->cls[n[i]]];
    for(st = tr->out[s] >= 0 ? s : tr->dict[s]; st > 0; st = tr->dict[st]) {
      int p;
      for(p = tr->out[st]; p >= 0; p = tr->pnext[p]) {
        size_t ne = i + 1, ns = ne - tr->plen[p];
        if(pm_text_bounded(t, ns, ne) && !fn(ud, tr->prule[p], p, ns, ne))
          return 0;
      }
    }
  }
  return 1;
}

size_t pm_trigger_states(const pm_trigger *tr) { return (size_t)tr->nstates; }
