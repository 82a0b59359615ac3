/*
** trigger.c: a multi-pattern Aho-Corasick automaton, built as a full DFA
** over byte classes (only bytes that occur in some phrase get a class of
** their own; every other byte is class 0 and sends the scan to the root).
*/
#include "trigger.h"

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
  int *next;           /* nstates * nclass; -1 = none while building */
  int *fail, *out, *dict;
  int nstates, capstates;
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

static int new_state(pm_trigger *tr)
{
  int s, c;
  if(tr->nstates == tr->capstates) {
    int cap = tr->capstates ? tr->capstates * 2 : 256;
    int *nx = pm_realloc(tr->next, (size_t)cap * (size_t)tr->nclass * sizeof *nx);
    int *a;
    if(!nx)
      return -1;
    tr->next = nx;
    if(!(a = pm_realloc(tr->fail, (size_t)cap * sizeof *a)))
      return -1;
    tr->fail = a;
    if(!(a = pm_realloc(tr->out, (size_t)cap * sizeof *a)))
      return -1;
    tr->out = a;
    if(!(a = pm_realloc(tr->dict, (size_t)cap * sizeof *a)))
      return -1;
    tr->dict = a;
    tr->capstates = cap;
  }
  s = tr->nstates++;
  for(c = 0; c < tr->nclass; c++)
    tr->next[(size_t)s * (size_t)tr->nclass + (size_t)c] = -1;
  tr->fail[s] = 0;
  tr->out[s] = -1;
  tr->dict[s] = -1;
  return s;
}

int pm_trigger_build(pm_trigger *tr)
{
  int i, c, *queue = NULL, qh = 0, qt = 0;
  int nc;
  /* byte classes: 0 for bytes in no phrase */
  nc = 1;
  for(i = 0; i < 256; i++)
    tr->cls[i] = tr->cls[i] ? (unsigned char)nc++ : 0;
  tr->nclass = nc;
  if(new_state(tr) < 0)
    return 0;
  for(i = 0; i < tr->nphr; i++) {
    int s = 0;
    size_t k;
    for(k = 0; k < tr->plen[i]; k++) {
      size_t slot = (size_t)s * (size_t)nc + tr->cls[(unsigned char)tr->phr[i][k]];
      if(tr->next[slot] < 0) {
        int t = new_state(tr);
        if(t < 0)
          return 0;
        tr->next[slot] = t;   /* tr->next may have moved: index again */
      }
      s = tr->next[slot];
    }
    tr->pnext[i] = tr->out[s];
    tr->out[s] = i;
  }
  queue = pm_malloc((size_t)tr->nstates * sizeof *queue);
  if(!queue)
    return 0;
  for(c = 0; c < nc; c++) {
    int t = tr->next[c];
    if(t < 0)
      tr->next[c] = 0;
    else {
      tr->fail[t] = 0;
      queue[qt++] = t;
    }
  }
  while(qh < qt) {
    int s = queue[qh++];
    for(c = 0; c < nc; c++) {
      size_t slot = (size_t)s * (size_t)nc + (size_t)c;
      int t = tr->next[slot];
      int f = tr->next[(size_t)tr->fail[s] * (size_t)nc + (size_t)c];
      if(t < 0)
        tr->next[slot] = f;
      else {
        tr->fail[t] = f;
        tr->dict[t] = tr->out[f] >= 0 ? f : tr->dict[f];
        queue[qt++] = t;
      }
    }
  }
  pm_free(queue);
  tr->built = 1;
  return 1;
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
