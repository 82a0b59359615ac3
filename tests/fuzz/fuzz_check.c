/*
** fuzz_check.c: libFuzzer target for a whole check run: plan in (JSON when
** it starts with '{', else text), every built-in rule pack run over it, the
** checklist written as JSON. The engine is made once (as in batch mode), so
** this also checks that the Lua state stays sound across inputs.
** The rules folder: $PREMORTEM_RULES, else the one this was built from.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "premortem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static pm_engine *e;
  pm_plan *p = NULL;
  pm_checklist *cl = NULL;
  pm_diag d;
  char *json = NULL;
  size_t len;
  if(!e) {
    const char *rules = getenv("PREMORTEM_RULES");
    if(pm_engine_new(NULL, &e, &d) != PM_OK ||
       pm_engine_load_rules(e, rules ? rules : PM_SOURCE_RULES_DIR, 0, NULL, &d) != PM_OK)
      abort();
  }
  if(pm_plan_load_buffer(e, "fuzz", (const char *)data, size, size > 0 && data[0] == '{', NULL, &p, NULL, &d) != PM_OK)
    return 0;
  if(pm_check(e, p, &cl, &d) == PM_OK && pm_checklist_json(e, cl, &json, &len, &d) == PM_OK)
    pm_string_free(json);
  pm_checklist_free(cl);
  pm_plan_free(p);
  return 0;
}
