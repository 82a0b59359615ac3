/*
** alloc.h: every allocation of the library goes through here, so that
** tests can make the Nth one fail (pm_alloc_fail_after) and count them.
*/
#ifndef PM_ALLOC_H
#define PM_ALLOC_H
#include <stddef.h>

void *pm_malloc(size_t n);
void *pm_calloc(size_t n, size_t size);
void *pm_realloc(void *p, size_t n);
void pm_free(void *p);
char *pm_strdup(const char *s);
char *pm_strndup(const char *s, size_t n);
/* Installs pm_malloc/pm_free as cJSON's hooks (idempotent). */
void pm_alloc_init(void);
/* True when the fault-injection countdown decided this allocation fails. */
int pm_alloc_should_fail(void);
/* How many allocations have failed so far (injected or real). */
long pm_alloc_failures(void);

#endif
