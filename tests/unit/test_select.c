/*
** test_select.c: rule selection expressions: parsing, errors with columns,
** matching, globs.
*/
#include "check.h"
#include "select.h"

static pm_rule rule(const char *id, const char *pack, const char *category, int s, int l)
{
  pm_rule r;
  memset(&r, 0, sizeof r);
  r.id = (char *)id;
  r.pack = (char *)pack;
  r.category = (char *)category;
  r.severity = s;
  r.likelihood = l;
  return r;
}

static int matches(const char *expr, const pm_rule *r)
{
  pm_select *s;
  pm_diag d;
  int m;
  if(pm_select_parse(expr, &s, &d) != PM_OK) {
    fprintf(stderr, "parse failed: %s: %s\n", expr, d.message);
    return -1;
  }
  m = pm_select_match(s, r);
  pm_select_free(s);
  return m;
}

static int error_col(const char *expr, const char *msg)
{
  pm_select *s = NULL;
  pm_diag d;
  if(pm_select_parse(expr, &s, &d) == PM_OK) {
    pm_select_free(s);
    return -1;
  }
  CHECK_STR(d.message, msg);
  return d.col;
}

int main(void)
{
  pm_rule qr = rule("web.qr-link", "web", "technical-failure", 4, 3);
  pm_rule hot = rule("contact.hotline-hours", "contact", "customer-contact", 3, 4);
  CHECK_INT(matches("category:technical-failure and severity>=4", &qr), 1);
  CHECK_INT(matches("category:technical-failure and severity>=4", &hot), 0);
  CHECK_INT(matches("pack:web or id:contact.*", &hot), 1);
  CHECK_INT(matches("not pack:web", &qr), 0);
  CHECK_INT(matches("not (pack:web or pack:contact)", &hot), 0);
  CHECK_INT(matches("web.*", &qr), 1);
  CHECK_INT(matches("*qr*", &hot), 0);
  CHECK_INT(matches("severity=3 and likelihood>3", &hot), 1);
  CHECK_INT(matches("severity==4 and likelihood!=3", &qr), 0);
  CHECK_INT(matches("severity<4 or likelihood<=2", &qr), 0);
  CHECK_INT(matches("category:*contact and not severity>3", &hot), 1);
  CHECK_INT(matches("pack:web and pack:contact or id:contact.hotline-hours", &hot), 1);  /* and binds tighter */
  CHECK_INT(matches("phase:plan", &qr), 1);
  CHECK_INT(error_col("category:capacity and (severity>=4", "expected ')'"), 35);
  CHECK_INT(error_col("severity>=four", "expected a whole number"), 11);
  CHECK_INT(error_col("colour:red", "unknown key (id, pack, category, phase, owner, severity, likelihood)"), 1);
  CHECK_INT(error_col("pack:web and", "unexpected end of the expression"), 13);
  CHECK_INT(error_col("pack:web pack:x", "expected 'and', 'or' or the end"), 10);
  CHECK_INT(error_col("pack:", "expected a value after ':'"), 6);
  CHECK_INT(error_col("(pack:web))", "unbalanced ')'"), 11);
  CHECK(pm_glob("a*b?d", "axxbcd"));
  CHECK(!pm_glob("a*b?d", "axxbd"));
  CHECK(pm_glob("*", ""));
  CHECK_DONE();
}
