/*
** select.h: rule selection expressions (--select), e.g.
**   category:capacity and severity>=4
**   pack:essentials or id:web.*
**   not (category:legal or category:safety)
*/
#ifndef PM_SELECT_H
#define PM_SELECT_H
#include "model.h"

typedef struct pm_select pm_select;

/* Parses 'expr'; errors name the column. */
pm_status pm_select_parse(const char *expr, pm_select **out, pm_diag *err);
void pm_select_free(pm_select *s);
/* 1 if the rule matches. */
int pm_select_match(const pm_select *s, const pm_rule *r);
/* Shell-style glob: '*' any run, '?' one byte. */
int pm_glob(const char *pat, const char *s);

#endif
