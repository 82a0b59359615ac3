/*
** fuzz_plan.c: libFuzzer target for the plan loader. Each input is loaded
** as a JSON plan and as a text plan; any outcome but a crash, a sanitizer
** report or a leak is fine.
*/
#include <stddef.h>
#include <stdint.h>

#include "premortem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static pm_engine *e;
  pm_plan *p = NULL;
  pm_diags w = { 0 };
  pm_diag d;
  int is_json;
  if(!e && pm_engine_new(NULL, &e, &d) != PM_OK)
    return 0;
  for(is_json = 0; is_json < 2; is_json++) {
    if(pm_plan_load_buffer(e, "fuzz", (const char *)data, size, is_json, NULL, &p, &w, &d) == PM_OK)
      pm_plan_free(p);
    pm_diags_free(&w);
  }
  return 0;
}
