/*
** pool.c: see pool.h. Under AddressSanitizer, free blocks and the unused
** part of a slab are poisoned, so a use after free is still caught.
*/
#include "pool.h"

#include <string.h>

#include "alloc.h"

#if defined(__SANITIZE_ADDRESS__)
#define PM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PM_ASAN 1
#endif
#endif
#ifdef PM_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define SLAB ((size_t)64 << 10)
#define HEAD 16   /* a slab's first 16 bytes chain the slabs and keep blocks 16-byte aligned */

static size_t class_of(size_t n) { return (n - 1) >> 4; }

/* The header of a block above PM_POOL_MAX: 16 bytes, so the block stays 16-byte aligned. */
typedef struct pm_big {
  struct pm_big *prev, *next;
} pm_big;

static void big_link(pm_pool *p, pm_big *b)
{
  b->prev = NULL;
  b->next = p->big;
  if(p->big)
    p->big->prev = b;
  p->big = b;
}

static void big_unlink(pm_pool *p, pm_big *b)
{
  if(b->prev)
    b->prev->next = b->next;
  else
    p->big = b->next;
  if(b->next)
    b->next->prev = b->prev;
}

/* (Re)allocates a big block: 'ptr' NULL for a new one. */
static void *big_realloc(pm_pool *p, void *ptr, size_t nsize)
{
  pm_big *b = ptr ? (pm_big *)ptr - 1 : NULL, *nb;
  if(b)
    big_unlink(p, b);
  nb = pm_realloc(b, sizeof *nb + nsize);
  if(!nb) {
    if(b)
      big_link(p, b);   /* the old block stays Lua's */
    return NULL;
  }
  big_link(p, nb);
  return nb + 1;
}

static void big_free(pm_pool *p, void *ptr)
{
  pm_big *b = (pm_big *)ptr - 1;
  big_unlink(p, b);
  pm_free(b);
}

static void *take(pm_pool *p, size_t n)
{
  size_t c = class_of(n), size = (c + 1) << 4;
  void *b = p->free[c];
  if(pm_alloc_should_fail())
    return NULL;
  if(b) {
    UNPOISON(b, sizeof(void *));
    memcpy(&p->free[c], b, sizeof(void *));
    UNPOISON(b, size);
    return b;
  }
  if((size_t)(p->end - p->bump) < size) {
    char *s = pm_malloc(SLAB);
    if(!s)
      return NULL;
    memcpy(s, &p->slabs, sizeof(void *));
    p->slabs = s;
    p->bump = s + HEAD;
    p->end = s + SLAB;
    POISON(p->bump, (size_t)(p->end - p->bump));
  }
  b = p->bump;
  p->bump += size;
  UNPOISON(b, size);
  return b;
}

static void give(pm_pool *p, void *b, size_t n)
{
  size_t c = class_of(n);
  memcpy(b, &p->free[c], sizeof(void *));
  p->free[c] = b;
  POISON((char *)b + sizeof(void *), ((c + 1) << 4) - sizeof(void *));
}

void *pm_pool_realloc(pm_pool *p, void *ptr, size_t osize, size_t nsize)
{
  void *np;
  if(!ptr)
    osize = 0;
  if(nsize == 0) {
    if(osize > PM_POOL_MAX)
      big_free(p, ptr);
    else if(ptr)
      give(p, ptr, osize);
    return NULL;
  }
  if(osize > PM_POOL_MAX && nsize > PM_POOL_MAX)
    return big_realloc(p, ptr, nsize);
  if(osize && osize <= PM_POOL_MAX && nsize <= PM_POOL_MAX && class_of(osize) == class_of(nsize))
    return ptr;
  np = nsize <= PM_POOL_MAX ? take(p, nsize) : big_realloc(p, NULL, nsize);
  if(!np)   /* a pool block shrinking in place stays valid: it is freed later into the smaller class */
    return nsize < osize && osize <= PM_POOL_MAX ? ptr : NULL;
  if(ptr) {
    memcpy(np, ptr, osize < nsize ? osize : nsize);
    pm_pool_realloc(p, ptr, osize, 0);
  }
  return np;
}

void pm_pool_free(pm_pool *p)
{
  void *s = p->slabs;
  while(p->big)
    big_free(p, p->big + 1);
  while(s) {
    void *next;
    UNPOISON(s, SLAB);
    memcpy(&next, s, sizeof next);
    pm_free(s);
    s = next;
  }
  memset(p, 0, sizeof *p);
}
