/*
** alloc.c: the library's allocator and its fault-injection switch.
*/
#include "alloc.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "include/premortem.h"

/* atomic: batch workers allocate from several threads */
static _Atomic long fail_countdown;   /* 0: never fail; n: the nth allocation fails */
static _Atomic long alloc_failures;

long pm_alloc_failures(void) { return alloc_failures; }

PM_API void pm_alloc_fail_after(long n) { fail_countdown = n; }

/*
** Unarmed (always, outside fault-injection tests), an allocation costs one
** relaxed load here: no shared counter that batch workers would fight over.
*/
int pm_alloc_should_fail(void)
{
  if(atomic_load_explicit(&fail_countdown, memory_order_relaxed) > 0 && --fail_countdown == 0) {
    alloc_failures++;  /* tests only: single-threaded */
    return 1;
  }
  return 0;
}

/* Counts a real allocation failure like an injected one. */
static void *counted(void *p)
{
  if(!p)
    alloc_failures++;
  return p;
}

void *pm_malloc(size_t n)
{
  if(pm_alloc_should_fail())
    return NULL;
  return counted(malloc(n ? n : 1));
}

void *pm_calloc(size_t n, size_t size)
{
  if(pm_alloc_should_fail())
    return NULL;
  return counted(calloc(n ? n : 1, size ? size : 1));
}

void *pm_realloc(void *p, size_t n)
{
  if(pm_alloc_should_fail())
    return NULL;
  return counted(realloc(p, n ? n : 1));
}

void pm_free(void *p) { free(p); }

char *pm_strndup(const char *s, size_t n)
{
  char *d = pm_malloc(n + 1);
  if(d) {
    memcpy(d, s, n);
    d[n] = '\0';
  }
  return d;
}

char *pm_strdup(const char *s) { return pm_strndup(s, strlen(s)); }

void pm_alloc_init(void)
{
  static atomic_flag done = ATOMIC_FLAG_INIT;
  if(!atomic_flag_test_and_set(&done)) {
    cJSON_Hooks h = { pm_malloc, pm_free };
    cJSON_InitHooks(&h);
  }
}
