/*
** select.c: parsing and evaluating rule selection expressions.
**
**   expr  := and { "or" and }
**   and   := unary { "and" unary }
**   unary := "not" unary | "(" expr ")" | term
**   term  := key ":" glob          key: id, pack, category, phase, owner
**          | num-key op integer    num-key: severity, likelihood; op: = == != < <= > >=
**          | glob                  (an id glob: "web.*")
** Words are case-sensitive; globs use * and ?.
*/
#include "select.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "diag.h"

enum { N_OR, N_AND, N_NOT, N_FIELD, N_NUM };
enum { F_ID, F_PACK, F_CATEGORY, F_PHASE, F_OWNER, F_SEVERITY, F_LIKELIHOOD };
enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

struct pm_select {
  int kind, field, op;
  long num;
  char *glob;
  pm_select *a, *b;
};

typedef struct parser {
  const char *s;
  size_t i;
  pm_diag *err;
  int failed;
} parser;

void pm_select_free(pm_select *s)
{
  if(!s)
    return;
  pm_select_free(s->a);
  pm_select_free(s->b);
  pm_free(s->glob);
  pm_free(s);
}

static void skip(parser *p)
{
  while(isspace((unsigned char)p->s[p->i]))
    p->i++;
}

static pm_select *fail(parser *p, const char *msg)
{
  if(!p->failed)
    pm_diag_set(p->err, PM_ERR_USAGE, "--select", 1, (int)p->i + 1, "%s", msg);
  p->failed = 1;
  return NULL;
}

static int word_char(char c) { return c && !isspace((unsigned char)c) && c != '(' && c != ')'; }

/* The next word (without consuming it): its length. */
static size_t peek_word(parser *p)
{
  size_t n = 0;
  skip(p);
  while(word_char(p->s[p->i + n]))
    n++;
  return n;
}

static int accept_kw(parser *p, const char *kw)
{
  size_t n = peek_word(p);
  if(n == strlen(kw) && strncmp(p->s + p->i, kw, n) == 0) {
    p->i += n;
    return 1;
  }
  return 0;
}

static pm_select *node(parser *p, int kind)
{
  pm_select *n = pm_calloc(1, sizeof *n);
  if(!n) {
    pm_diag_nomem(p->err);
    p->failed = 1;
  }
  if(n)
    n->kind = kind;
  return n;
}

static pm_select *parse_or(parser *p);

static pm_select *parse_term(parser *p)
{
  static const char *const fields[] = { "id", "pack", "category", "phase", "owner", "severity", "likelihood" };
  size_t n = peek_word(p), k;
  const char *w = p->s + p->i;
  pm_select *t;
  if(n == 0)
    return fail(p, p->s[p->i] ? "expected a term such as category:capacity" : "unexpected end of the expression");
  for(k = 0; k < sizeof fields / sizeof fields[0]; k++) {
    size_t fl = strlen(fields[k]);
    if(n > fl && strncmp(w, fields[k], fl) == 0) {
      const char *rest = w + fl;
      if(k <= F_OWNER && rest[0] == ':') {
        if(!(t = node(p, N_FIELD)))
          return NULL;
        t->field = (int)k;
        t->glob = pm_strndup(rest + 1, n - fl - 1);
        p->i += n;
        if(!t->glob) {
          pm_select_free(t);
          pm_diag_nomem(p->err);
          p->failed = 1;
          return NULL;
        }
        if(!t->glob[0]) {
          pm_select_free(t);
          return fail(p, "expected a value after ':'");
        }
        return t;
      }
      if(k >= F_SEVERITY && strchr("=!<>", rest[0])) {
        int op;
        size_t j = 1;
        char *end;
        long v;
        if(rest[0] == '=')
          op = OP_EQ, j = rest[1] == '=' ? 2 : 1;
        else if(rest[0] == '!' && rest[1] == '=')
          op = OP_NE, j = 2;
        else if(rest[0] == '<')
          op = rest[1] == '=' ? (j = 2, OP_LE) : OP_LT;
        else if(rest[0] == '>')
          op = rest[1] == '=' ? (j = 2, OP_GE) : OP_GT;
        else
          return fail(p, "expected =, !=, <, <=, > or >=");
        v = strtol(rest + j, &end, 10);
        if(end == rest + j || end != w + n) {
          p->i += (size_t)(rest + j - w);
          return fail(p, "expected a whole number");
        }
        if(!(t = node(p, N_NUM)))
          return NULL;
        t->field = (int)k;
        t->op = op;
        t->num = v;
        p->i += n;
        return t;
      }
    }
  }
  if(memchr(w, ':', n))
    return fail(p, "unknown key (id, pack, category, phase, owner, severity, likelihood)");
  if(!(t = node(p, N_FIELD)))
    return NULL;
  t->field = F_ID;
  if(!(t->glob = pm_strndup(w, n))) {
    pm_select_free(t);
    pm_diag_nomem(p->err);
    p->failed = 1;
    return NULL;
  }
  p->i += n;
  return t;
}

static pm_select *parse_unary(parser *p)
{
  skip(p);
  if(accept_kw(p, "not")) {
    pm_select *n = node(p, N_NOT);
    if(!n)
      return NULL;
    if(!(n->a = parse_unary(p))) {
      pm_select_free(n);
      return NULL;
    }
    return n;
  }
  if(p->s[p->i] == '(') {
    pm_select *e;
    p->i++;
    if(!(e = parse_or(p)))
      return NULL;
    skip(p);
    if(p->s[p->i] != ')') {
      pm_select_free(e);
      return fail(p, "expected ')'");
    }
    p->i++;
    return e;
  }
  return parse_term(p);
}

static pm_select *parse_chain(parser *p, const char *kw, int kind, pm_select *(*sub)(parser *))
{
  pm_select *left = sub(p);
  while(left && accept_kw(p, kw)) {
    pm_select *n = node(p, kind);
    if(!n) {
      pm_select_free(left);
      return NULL;
    }
    n->a = left;
    if(!(n->b = sub(p))) {
      pm_select_free(n);
      return NULL;
    }
    left = n;
  }
  return left;
}

static pm_select *parse_and(parser *p) { return parse_chain(p, "and", N_AND, parse_unary); }
static pm_select *parse_or(parser *p) { return parse_chain(p, "or", N_OR, parse_and); }

pm_status pm_select_parse(const char *expr, pm_select **out, pm_diag *err)
{
  parser p;
  pm_select *s;
  memset(&p, 0, sizeof p);
  p.s = expr;
  p.err = err;
  *out = NULL;
  s = parse_or(&p);
  if(s) {
    skip(&p);
    if(p.s[p.i]) {
      pm_select_free(s);
      fail(&p, p.s[p.i] == ')' ? "unbalanced ')'" : "expected 'and', 'or' or the end");
      s = NULL;
    }
  }
  if(!s)
    return err ? err->code : PM_ERR_USAGE;
  *out = s;
  return PM_OK;
}

int pm_glob(const char *pat, const char *s)
{
  const char *star = NULL, *back = NULL;
  while(*s) {
    if(*pat == '*') {
      star = pat++;
      back = s;
    } else if(*pat == '?' || *pat == *s) {
      pat++;
      s++;
    } else if(star) {
      pat = star + 1;
      s = ++back;
    } else
      return 0;
  }
  while(*pat == '*')
    pat++;
  return !*pat;
}

int pm_select_match(const pm_select *s, const pm_rule *r)
{
  size_t i;
  long v;
  switch(s->kind) {
  case N_OR: return pm_select_match(s->a, r) || pm_select_match(s->b, r);
  case N_AND: return pm_select_match(s->a, r) && pm_select_match(s->b, r);
  case N_NOT: return !pm_select_match(s->a, r);
  case N_FIELD:
    switch(s->field) {
    case F_ID: return pm_glob(s->glob, r->id);
    case F_PACK: return pm_glob(s->glob, r->pack);
    case F_CATEGORY: return pm_glob(s->glob, r->category);
    case F_PHASE: return pm_glob(s->glob, r->phase == PM_PHASE_PLAN ? "plan" : "checklist");
    case F_OWNER:
      for(i = 0; i < r->owner.n; i++)
        if(pm_glob(s->glob, r->owner.v[i]))
          return 1;
      return 0;
    }
    return 0;
  case N_NUM:
    v = s->field == F_SEVERITY ? r->severity : r->likelihood;
    switch(s->op) {
    case OP_EQ: return v == s->num;
    case OP_NE: return v != s->num;
    case OP_LT: return v < s->num;
    case OP_LE: return v <= s->num;
    case OP_GT: return v > s->num;
    default: return v >= s->num;
    }
  }
  return 0;
}
