/*
** test_plan.c: plan loading: fields, types, unknown-field warnings with
** positions, text and Markdown titles, rosters.
*/
#include <stdio.h>

#include "check.h"
#include "model.h"

static pm_engine *eng;

static pm_status load(const char *text, int is_json, pm_plan **p, pm_diags *w, pm_diag *d)
{
  return pm_plan_load_buffer(eng, is_json ? "p.json" : "p.md", text, strlen(text), is_json, NULL, p, w, d);
}

static void test_fields(void)
{
  const char *t = "{\"title\": \"T\", \"announcement\": \"A\", \"launch_date\": \"2027-03-01\", \"owner\": \"Dana\",\n"
                  " \"channels\": [\"QR\", \"web\"], \"audience\": {\"expected\": 40000, \"regions\": [\"UK\"]},\n"
                  " \"team\": [{\"name\": \"Priya\", \"roles\": [\"support lead\"], \"backup\": \"Sam\"}, {\"name\": \"Marco\", \"role\": \"web\"}],\n"
                  " \"mitigations\": [{\"rule\": \"x.y\", \"note\": \"done\", \"by\": \"Marco\"}], \"facts\": {\"hotline_lines\": 4}}";
  pm_plan *p;
  pm_diags w = { 0 };
  pm_diag d;
  CHECK(load(t, 1, &p, &w, &d) == PM_OK);
  CHECK_INT(w.n, 0);
  CHECK_STR(p->title, "T");
  CHECK_STR(p->launch_date, "2027-03-01");
  CHECK(p->has_launch);
  CHECK_INT(p->channels.n, 2);
  CHECK_STR(p->channels.v[0], "qr");        /* lower-cased */
  CHECK(p->has_expected && p->expected == 40000);
  CHECK_INT(p->nteam, 2);
  CHECK_STR(p->team[0].backup, "Sam");
  CHECK_STR(p->team[1].roles.v[0], "web");  /* "role": a single string */
  CHECK_INT(p->nmits, 1);
  CHECK(p->facts != NULL);
  pm_plan_free(p);
  pm_diags_free(&w);
}

static void test_errors(void)
{
  pm_plan *p;
  pm_diags w = { 0 };
  pm_diag d;
  CHECK(load("{\"title\": \"T\"}", 1, &p, &w, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "missing required field 'announcement'");
  CHECK(load("{\"announcement\": \"A\",\n \"launch_date\": \"1 March\"}", 1, &p, &w, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "field 'launch_date': expected a date YYYY-MM-DD, got \"1 March\"");
  CHECK_INT(d.line, 2);
  CHECK_INT(d.col, 17);
  CHECK(load("{\"announcement\": \"A\", \"channels\": \"qr\"}", 1, &p, &w, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "field 'channels': expected a list of strings, got string");
  CHECK(load("{\"announcement\": \"A\", \"team\": [{\"roles\": [\"web\"]}]}", 1, &p, &w, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "team member without a 'name'");
  CHECK(load("[1, 2]", 1, &p, &w, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "a plan must be a JSON object, not array");
  CHECK(load("{\"announcement\": \"A\", \"audience\": {\"expected\": -1}}", 1, &p, &w, &d) == PM_ERR_INPUT);
  CHECK(load("   \n", 0, &p, &w, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "empty file: nothing to check");
  CHECK(load("ok\n\xFF", 0, &p, &w, &d) == PM_ERR_INPUT);
  CHECK_INT(d.line, 2);
  CHECK_INT(d.col, 1);
  pm_diags_free(&w);
}

static void test_unknown_fields(void)
{
  pm_plan *p;
  pm_diags w = { 0 };
  pm_diag d;
  CHECK(load("{\"announcement\": \"A\",\n  \"budget\": 5,\n \"team\": [{\"name\": \"D\", \"phone\": \"1\"}]}", 1, &p, &w,
             &d) == PM_OK);
  CHECK_INT(w.n, 2);
  if(w.n == 2) {
    CHECK_STR(w.v[0].message, "unknown field 'budget' (ignored)");
    CHECK_INT(w.v[0].line, 2);
    CHECK_INT(w.v[0].col, 3);
    CHECK(w.v[0].level == PM_LEVEL_WARNING);
    CHECK_STR(w.v[1].message, "unknown field 'phone' in a team member (ignored)");
  }
  pm_plan_free(p);
  pm_diags_free(&w);
}

static void test_text_titles(void)
{
  pm_plan *p;
  pm_diag d;
  CHECK(load("\n\nSome intro line\n## Gala Night ##\nText", 0, &p, NULL, &d) == PM_OK);
  CHECK_STR(p->title, "Gala Night");
  CHECK(p->title_in_text);
  pm_plan_free(p);
  CHECK(load("  First line is the title  \nmore", 0, &p, NULL, &d) == PM_OK);
  CHECK_STR(p->title, "First line is the title");
  pm_plan_free(p);
}

int main(void)
{
  pm_diag d;
  CHECK(pm_engine_new(NULL, &eng, &d) == PM_OK);
  test_fields();
  test_errors();
  test_unknown_fields();
  test_text_titles();
  pm_engine_free(eng);
  CHECK_DONE();
}
