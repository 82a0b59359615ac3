/*
** trigger.c: a multi-pattern Aho-Corasick automaton, run as a DFA over
** byte classes (only bytes that occur in some phrase get a class of their
** own; every other byte is class 0 and sends the scan to the root).
**
** Building computes the trie, failure links and outputs of every state;
** a state's row of DFA transitions is written the first time a scan
** enters the state. A single check visits a few hundred of the tens of
** thousands of states, so it neither computes nor touches the rest of the
** table (about 4 MB for the shipped rules); a long batch fills it in.
*/
#include "trigger.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>

#include "alloc.h"
#include "index.h"

struct pm_trigger {
  unsigned char cls[256];
  int nclass;
  /* phrases */
  char **phr;          /* until built */
  uint32_t *plen;
  int *prule;
  int *pnext;          /* next phrase ending in the same state, -1 */
  int nphr, capphr;
  /* states, numbered breadth first */
  int *next;           /* DFA rows of nclass entries, in the order states were first entered */
  int *rowat;          /* per state: its row in next, 0 until written (row 0 is unused) */
  int nrows;
  int *fail, *out, *dict;
  int *first, *sib;    /* the trie: first child, next sibling (-1: none) */
  unsigned char *label;/* the class on the edge into a state */
  int *chain;          /* scratch for filling rows: states up a failure chain */
  int nstates, maxlen;
  int built;
  void *map;           /* a saved automaton: the read-only arrays point into it */
  size_t map_len;
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
  if(tr->phr)
    for(i = 0; i < tr->nphr; i++)
      pm_free(tr->phr[i]);
  pm_free(tr->phr);
  pm_free(tr->next);
  pm_free(tr->rowat);
  pm_free(tr->chain);
  if(tr->map)
    munmap(tr->map, tr->map_len);
  else {
    pm_free(tr->plen);
    pm_free(tr->prule);
    pm_free(tr->pnext);
    pm_free(tr->first);
    pm_free(tr->sib);
    pm_free(tr->label);
    pm_free(tr->fail);
    pm_free(tr->out);
    pm_free(tr->dict);
  }
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
    uint32_t *b;
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
  if(len > INT_MAX / 2) {
    pm_free(n);
    return 0;
  }
  tr->phr[tr->nphr] = n;
  tr->plen[tr->nphr] = (uint32_t)len;
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
** Writes the root's row (row 1): its children, and the root for every
** other class. Rows are written in the order a scan first enters their
** states, so a check's few hundred rows share a few pages.
*/
static void root_row(pm_trigger *tr)
{
  int i, *row = tr->next + tr->nclass;
  memset(row, 0, (size_t)tr->nclass * sizeof *row);
  for(i = tr->first[0]; i >= 0; i = tr->sib[i])
    row[tr->label[i]] = i;
  tr->rowat[0] = 1;
  tr->nrows = 1;
}

/* The child of state s along class c, or -1. */
static int child(const pm_trigger *tr, int s, int c)
{
  int t;
  for(t = tr->first[s]; t >= 0 && tr->label[t] != c; t = tr->sib[t])
    ;
  return t;
}

/*
** The trie holds at most one state per phrase byte, plus the root. It is
** built as child lists, then renumbered breadth first, so that failure
** links (always shallower) are computed before the states that use them.
*/
int pm_trigger_build(pm_trigger *tr)
{
  int i, cap = 1, nc = 1, n = 1, qt = 1, ok = 0;
  size_t maxlen = 0;
  int *first = NULL, *sib = NULL, *order = NULL, *renum = NULL, *ends = NULL;
  unsigned char *label = NULL;
  for(i = 0; i < tr->nphr; i++) {
    if(tr->plen[i] > (size_t)(INT_MAX / 2 - cap))
      return 0;
    cap += (int)tr->plen[i];
    if(tr->plen[i] > maxlen)
      maxlen = tr->plen[i];
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
  tr->first = pm_malloc((size_t)cap * sizeof *tr->first);
  tr->sib = pm_malloc((size_t)cap * sizeof *tr->sib);
  tr->label = pm_malloc((size_t)cap);
  tr->chain = pm_malloc((maxlen + 1) * sizeof *tr->chain);
  tr->next = pm_malloc(((size_t)cap + 1) * (size_t)nc * sizeof *tr->next);  /* untouched pages cost nothing */
  tr->rowat = pm_calloc((size_t)cap, sizeof *tr->rowat);
  tr->fail = pm_calloc((size_t)cap, sizeof *tr->fail);
  tr->out = pm_malloc((size_t)cap * sizeof *tr->out);
  tr->dict = pm_malloc((size_t)cap * sizeof *tr->dict);
  if(!first || !sib || !label || !order || !renum || !ends || !tr->first || !tr->sib || !tr->label || !tr->chain ||
     !tr->next || !tr->rowat || !tr->fail || !tr->out || !tr->dict)
    goto done;
  /* the trie as child lists; ends[s]: the last phrase ending in s, chained through pnext */
  first[0] = ends[0] = sib[0] = -1;
  label[0] = 0;
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
  for(i = 0; i < n; i++) {
    int o = order[i];
    tr->out[i] = ends[o];
    tr->first[i] = first[o] >= 0 ? renum[first[o]] : -1;
    tr->sib[i] = sib[o] >= 0 ? renum[sib[o]] : -1;
    tr->label[i] = label[o];
  }
  root_row(tr);
  /* failure links, shallowest first: the longest proper suffix that is a trie state */
  tr->dict[0] = -1;
  for(i = 0; i < n; i++) {
    int t;
    for(t = tr->first[i]; t >= 0; t = tr->sib[t]) {
      int f = tr->fail[i], g = 0;
      if(i) {
        while(f && (g = child(tr, f, tr->label[t])) < 0)
          f = tr->fail[f];
        if(!f)
          g = tr->next[(size_t)nc + tr->label[t]];   /* the root's row */
      }
      tr->fail[t] = g;
      tr->dict[t] = tr->out[g] >= 0 ? g : tr->dict[g];
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
  tr->maxlen = (int)maxlen;
  tr->built = ok;
  if(ok) {   /* the phrases are not needed any more */
    for(i = 0; i < tr->nphr; i++)
      pm_free(tr->phr[i]);
    pm_free(tr->phr);
    tr->phr = NULL;
  }
  return ok;
}

/*
** Writes the row of state s: its failure state's row (written first, and
** so on up the chain), with s's own children over it. No allocation.
*/
static const int *fill_row(pm_trigger *tr, int s)
{
  size_t nc = (size_t)tr->nclass;
  int depth = 0, f;
  for(f = s; !tr->rowat[f]; f = tr->fail[f])
    tr->chain[depth++] = f;   /* at most the depth of s: the longest phrase */
  while(depth > 0) {
    int u = tr->chain[--depth], t;
    int *row = &tr->next[(size_t)++tr->nrows * nc];   /* at most one row per state: room for all */
    memcpy(row, &tr->next[(size_t)tr->rowat[tr->fail[u]] * nc], nc * sizeof *row);
    for(t = tr->first[u]; t >= 0; t = tr->sib[t])
      row[tr->label[t]] = t;
    tr->rowat[u] = tr->nrows;
  }
  return &tr->next[(size_t)tr->rowat[s] * nc];
}

int pm_trigger_scan(pm_trigger *tr, const pm_text *t,
                    int (*fn)(void *ud, int rule, int phrase, size_t ns, size_t ne), void *ud)
{
  const unsigned char *n = (const unsigned char *)t->norm;
  size_t i, nc = (size_t)tr->nclass;
  const int *row = tr->next + nc;   /* the root's */
  int s = 0;
  if(!tr->built || !tr->nphr)
    return 1;
  for(i = 0; i < t->nlen; i++) {
    int st;
    s = row[tr->cls[n[i]]];
    row = tr->rowat[s] ? &tr->next[(size_t)tr->rowat[s] * nc] : fill_row(tr, s);
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

/* ---- saving and reusing a built automaton ---- */

/*
** A saved automaton is the built arrays as they are in memory (host byte
** order: the cache stays on its machine), mapped back read-only:
**   "PMTR" format 0x01020304 nphr nstates nclass maxlen (u32)
**   key version-digest (u64) cls[256]
**   plen prule pnext [nphr] first sib fail out dict [nstates] (32-bit)
**   label [nstates] (bytes), then a checksum (u64) of all before it.
** The rows of the DFA are still filled in as scans need them.
*/
#define TRIE_FORMAT 1u
#define TRIE_HEAD 300

static size_t saved_size(size_t nphr, size_t nstates)
{
  return TRIE_HEAD + 4 * (3 * nphr + 5 * nstates) + nstates + 8;
}

static uint64_t version_digest(void) { return pm_hash64(PM_HASH_SEED, PM_VERSION, sizeof PM_VERSION); }

static void put(char *b, size_t *at, const void *p, size_t n)
{
  if(n)   /* an empty automaton has no phrase arrays at all */
    memcpy(b + *at, p, n);
  *at += n;
}

int pm_trigger_save(const pm_trigger *tr, const char *path, uint64_t key)
{
  size_t np = (size_t)tr->nphr, ns = (size_t)tr->nstates, size = saved_size(np, ns), at = 0;
  char *b;
  uint32_t head[6] = { 0, TRIE_FORMAT, 0x01020304u, (uint32_t)tr->nphr, (uint32_t)tr->nstates, (uint32_t)tr->nclass };
  uint64_t v = version_digest(), sum;
  uint32_t maxlen = (uint32_t)tr->maxlen;
  int ok;
  if(!tr->built || tr->map || !(b = pm_malloc(size)))
    return 0;
  memcpy(head, "PMTR", 4);
#define PUT(p, n) put(b, &at, (p), (n))
  PUT(head, sizeof head);
  PUT(&maxlen, 4);
  PUT(&key, 8);
  PUT(&v, 8);
  PUT(tr->cls, 256);
  PUT(tr->plen, 4 * np);
  PUT(tr->prule, 4 * np);
  PUT(tr->pnext, 4 * np);
  PUT(tr->first, 4 * ns);
  PUT(tr->sib, 4 * ns);
  PUT(tr->fail, 4 * ns);
  PUT(tr->out, 4 * ns);
  PUT(tr->dict, 4 * ns);
  PUT(tr->label, ns);
  sum = pm_hash64(PM_HASH_SEED, b, at);
  PUT(&sum, 8);
#undef PUT
  ok = pm_cache_write(path, b, size);
  pm_free(b);
  return ok;
}

pm_trigger *pm_trigger_open(const char *path, uint64_t key)
{
  void *map;
  size_t len, np, ns;
  char *m;
  uint32_t head[7];
  uint64_t k, v, sum;
  pm_trigger *tr;
  int i;
  if(pm_cache_map(path, &map, &len) <= 0)
    return NULL;
  m = map;
  if(len < TRIE_HEAD + 8)
    goto bad;
  memcpy(head, m, sizeof head);
  memcpy(&k, m + 28, 8);
  memcpy(&v, m + 36, 8);
  np = head[3];
  ns = head[4];
  if(memcmp(m, "PMTR", 4) != 0 || head[1] != TRIE_FORMAT || head[2] != 0x01020304u || k != key ||
     v != version_digest() || ns < 1 || np > len || ns > len || len != saved_size(np, ns) || head[5] < 1 ||
     head[5] > 256 || head[6] > (uint32_t)INT_MAX / 2)
    goto bad;
  memcpy(&sum, m + len - 8, 8);
  if(sum != pm_hash64(PM_HASH_SEED, m, len - 8))
    goto bad;
  if(!(tr = pm_calloc(1, sizeof *tr)))
    goto bad;
  tr->map = map;
  tr->map_len = len;
  tr->nphr = tr->capphr = (int)np;
  tr->nstates = (int)ns;
  tr->nclass = (int)head[5];
  tr->maxlen = (int)head[6];
  memcpy(tr->cls, m + 44, 256);
  for(i = 0; i < 256; i++)
    if(tr->cls[i] >= tr->nclass) {
      tr->map = NULL;
      pm_free(tr);
      goto bad;
    }
  m += TRIE_HEAD;
  tr->plen = (uint32_t *)(void *)m;
  tr->prule = (int *)(void *)(m += 4 * np);
  tr->pnext = (int *)(void *)(m += 4 * np);
  tr->first = (int *)(void *)(m += 4 * np);
  tr->sib = (int *)(void *)(m += 4 * ns);
  tr->fail = (int *)(void *)(m += 4 * ns);
  tr->out = (int *)(void *)(m += 4 * ns);
  tr->dict = (int *)(void *)(m += 4 * ns);
  tr->label = (unsigned char *)(m += 4 * ns);
  tr->next = pm_malloc((ns + 1) * (size_t)tr->nclass * sizeof *tr->next);
  tr->rowat = pm_calloc(ns, sizeof *tr->rowat);
  tr->chain = pm_malloc(((size_t)tr->maxlen + 1) * sizeof *tr->chain);
  if(!tr->next || !tr->rowat || !tr->chain) {
    pm_trigger_free(tr);
    return NULL;
  }
  root_row(tr);
  tr->built = 1;
  return tr;
bad:
  munmap(map, len);
  return NULL;
}
