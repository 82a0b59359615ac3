/*
** test_pool.c: the Lua state's block pool against a model: random
** allocations, reallocations and frees of small and big blocks keep their
** contents; freed blocks are reused; shrinking a block keeps it valid even
** when the allocation fails; freeing the pool frees everything (valgrind
** and ASan check that no block is lost or overrun).
*/
#include <stdlib.h>

#include "alloc.h"
#include "check.h"
#include "include/premortem.h"
#include "pool.h"

#define N 512

static void fill(unsigned char *p, size_t n, unsigned seed)
{
  size_t i;
  for(i = 0; i < n; i++)
    p[i] = (unsigned char)(seed + i * 7);
}

static int intact(const unsigned char *p, size_t n, unsigned seed)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(p[i] != (unsigned char)(seed + i * 7))
      return 0;
  return 1;
}

/* Random operations on up to N live blocks, each filled with a pattern checked before it changes. */
static void test_random(void)
{
  pm_pool pool;
  void *blk[N];
  size_t size[N];
  unsigned seed = 99, i, round, bad = 0;
  memset(&pool, 0, sizeof pool);
  memset(blk, 0, sizeof blk);
  memset(size, 0, sizeof size);
  for(round = 0; round < 200000; round++) {
    unsigned k = (seed = seed * 1103515245u + 12345u) >> 16 & (N - 1);
    unsigned r = (seed = seed * 1103515245u + 12345u) >> 16;
    size_t n = r % 8 == 0 ? 257 + r % 3000 : 1 + r % 256;   /* mostly small, some big */
    if(blk[k] && !intact(blk[k], size[k], k + (unsigned)size[k]))
      bad++;
    if(!blk[k]) {
      blk[k] = pm_pool_realloc(&pool, NULL, 5 /* a Lua type tag, ignored */, n);
    } else if(r % 3 == 0) {
      pm_pool_realloc(&pool, blk[k], size[k], 0);
      blk[k] = NULL;
      continue;
    } else {
      void *p = pm_pool_realloc(&pool, blk[k], size[k], n);
      size_t keep = size[k] < n ? size[k] : n;
      if(!p || !intact(p, keep, k + (unsigned)size[k]))
        bad++;
      blk[k] = p;
    }
    CHECK(blk[k] != NULL);
    CHECK(((size_t)blk[k] & 15) == 0);   /* Lua needs its maximum alignment */
    size[k] = n;
    if(blk[k])
      fill(blk[k], n, k + (unsigned)n);
  }
  CHECK_INT(bad, 0);
  for(i = 0; i < N; i++)   /* half freed one by one, the rest with the pool */
    if(blk[i] && i % 2)
      pm_pool_realloc(&pool, blk[i], size[i], 0);
  pm_pool_free(&pool);
  CHECK(pool.slabs == NULL && pool.big == NULL);
}

/* A freed small block is the next one of its size class; blocks of one class do not overlap. */
static void test_reuse(void)
{
  pm_pool pool;
  void *a, *b, *c;
  memset(&pool, 0, sizeof pool);
  a = pm_pool_realloc(&pool, NULL, 0, 24);
  b = pm_pool_realloc(&pool, NULL, 0, 20);
  CHECK(a && b && a != b);
  CHECK((char *)b - (char *)a >= 32 || (char *)a - (char *)b >= 32);
  pm_pool_realloc(&pool, a, 24, 0);
  c = pm_pool_realloc(&pool, NULL, 0, 30);   /* same 32-byte class */
  CHECK(c == a);
  CHECK(pm_pool_realloc(&pool, c, 30, 17) == c);   /* same class: stays */
  pm_pool_free(&pool);
}

/* An injected failure: a new block fails; a shrinking one stays valid where it is. */
static void test_failure(void)
{
  pm_pool pool;
  unsigned char *p, *q;
  memset(&pool, 0, sizeof pool);
  p = pm_pool_realloc(&pool, NULL, 0, 200);
  CHECK(p != NULL);
  if(!p)
    return;
  fill(p, 200, 3);
  pm_alloc_fail_after(1);
  q = pm_pool_realloc(&pool, p, 200, 40);   /* shrink across classes: the move fails, p is kept */
  CHECK(q == p && intact(q, 40, 3));
  pm_alloc_fail_after(1);
  CHECK(pm_pool_realloc(&pool, NULL, 0, 64) == NULL);
  pm_alloc_fail_after(1);
  CHECK(pm_pool_realloc(&pool, q, 40, 5000) == NULL);   /* growing fails: Lua keeps the old block */
  CHECK(intact(q, 40, 3));
  pm_alloc_fail_after(0);
  pm_pool_realloc(&pool, q, 40, 0);
  pm_pool_free(&pool);
}

int main(void)
{
  pm_alloc_init();
  test_reuse();
  test_failure();
  test_random();
  CHECK_DONE();
}
