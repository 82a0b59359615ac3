/*
** pool.h: a small-block allocator for one Lua state.
**
** Lua tells its allocator the size of every block it frees or resizes,
** so blocks need no header: each size class (16-byte steps up to
** PM_POOL_MAX) keeps a free list threaded through its free blocks,
** carved from 64 KiB slabs. Larger blocks come from pm_malloc with a
** 16-byte header linking them. So a pool knows every block it gave out:
** freeing the pool frees a Lua state without walking its objects (see
** pm_sandbox_free). A pool is single-threaded (one per Lua state).
** Allocation failures can still be injected (pm_alloc_should_fail).
*/
#ifndef PM_POOL_H
#define PM_POOL_H
#include <stddef.h>

#define PM_POOL_MAX 256
#define PM_POOL_NCLASS (PM_POOL_MAX / 16)

typedef struct pm_pool {
  void *free[PM_POOL_NCLASS];   /* per class: the first free block */
  char *bump, *end;             /* the unused rest of the newest slab */
  void *slabs;                  /* every slab, chained through its first word */
  struct pm_big *big;           /* every block above PM_POOL_MAX */
} pm_pool;

/* lua_Alloc semantics: nsize 0 frees ptr (osize bytes); otherwise (re)allocates. */
void *pm_pool_realloc(pm_pool *p, void *ptr, size_t osize, size_t nsize);
/* Frees every block still allocated, and the slabs. */
void pm_pool_free(pm_pool *p);

#endif
