/*
** diag.h: filling pm_diag values and lists of them.
*/
#ifndef PM_DIAG_H
#define PM_DIAG_H
#include <stdarg.h>

#include "include/premortem.h"

#if defined(__GNUC__)
#define PM_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define PM_PRINTF(a, b)
#endif

/* Fills 'd' (if not NULL) and returns 'code', so callers can `return pm_diag_set(...)`. */
pm_status pm_diag_set(pm_diag *d, pm_status code, const char *source, int line, int col,
                      const char *fmt, ...) PM_PRINTF(6, 7);
pm_status pm_diag_vset(pm_diag *d, pm_status code, const char *source, int line, int col,
                       const char *fmt, va_list ap);
/* Sets 'd' to out-of-memory. */
pm_status pm_diag_nomem(pm_diag *d);
void pm_diag_set_rule(pm_diag *d, const char *rule);
/* Appends a copy of 'd' to 'ds' (NULL 'ds' is a no-op); PM_ERR_NOMEM on failure. */
pm_status pm_diags_push(pm_diags *ds, const pm_diag *d);
/* Builds a diagnostic and appends it. */
pm_status pm_diags_add(pm_diags *ds, pm_level level, pm_status code, const char *source,
                       int line, int col, const char *rule, const char *fmt, ...) PM_PRINTF(8, 9);
void pm_copy_str(char *dst, size_t size, const char *src);

#endif
