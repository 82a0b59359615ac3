/*
** test_text.c: normalisation, phrase search, positions, sentences, UTF-8.
*/
#include <stdlib.h>

#include "check.h"
#include "text.h"

typedef struct spans {
  size_t ns[16], ne[16];
  int n;
} spans;

static int collect(void *ud, size_t ns, size_t ne)
{
  spans *s = ud;
  if(s->n < 16) {
    s->ns[s->n] = ns;
    s->ne[s->n] = ne;
    s->n++;
  }
  return 1;
}

static int find(const char *text, const char *phrase, spans *out)
{
  pm_text t;
  char np[256];
  size_t n = pm_text_normalize(phrase, strlen(phrase), np, NULL, 1);
  memset(out, 0, sizeof *out);
  pm_text_init(&t, text, strlen(text));
  pm_text_find(&t, np, n, collect, out);
  pm_text_free(&t);
  return out->n;
}

static void test_normalize(void)
{
  char out[64];
  size_t map[64];
  size_t n = pm_text_normalize("  Scan the\n\tQR   Code ", 22, out, map, 1);
  CHECK_STR(out, "scan the qr code");
  CHECK_INT(n, 16);
  CHECK_INT(map[0], 2);     /* 'S' */
  CHECK_INT(map[9], 12);    /* 'Q' after the collapsed white space */
  n = pm_text_normalize("don\xE2\x80\x99t \xC2\xA0stop", 14, out, map, 1);
  CHECK_STR(out, "don't stop");
  CHECK_INT(map[3], 3);     /* the typographic apostrophe maps to its first byte */
}

/* The index keeps its map by runs; every offset must still map where the per-byte map says. */
static void test_index_map(void)
{
  static const char *const texts[] = {
    "Scan the QR code", "  Scan the\n\tQR   Code ", "don\xE2\x80\x99t \xC2\xA0stop \xE2\x80\x9Cnow\xE2\x80\x9D",
    "a\r\nb  c\xC2\xA0\xC2\xA0" "d ", "caf\xC3\xA9 X", " ", "",
  };
  size_t k;
  for(k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    const char *src = texts[k];
    size_t len = strlen(src), map[64], n, i;
    char out[64];
    pm_text t;
    n = pm_text_normalize(src, len, out, map, 0);
    map[n] = len;
    CHECK(pm_text_init(&t, src, len) == PM_OK);
    CHECK_INT(t.nlen, n);
    CHECK_STR(t.norm, out);
    for(i = 0; i < n; i++) {
      pm_span sp = pm_text_span(&t, i, i + 1);
      CHECK_INT(sp.start, map[i]);
      CHECK_INT(pm_text_span(&t, i, n).end, pm_text_span(&t, n - 1, n).end);
    }
    CHECK_INT(pm_text_span(&t, n, n).start, len);
    pm_text_free(&t);
  }
}

static void test_find(void)
{
  spans s;
  CHECK_INT(find("Scan the QR code today", "qr code", &s), 1);
  CHECK_INT(find("Scan the QR\n  code today", "qr code", &s), 1);
  CHECK_INT(find("QR codes are fun", "qr code", &s), 0);          /* word bound */
  CHECK_INT(find("HQR code", "qr code", &s), 0);
  CHECK_INT(find("hotline, hotline. HOTLINE", "hotline", &s), 3);
  CHECK_INT(find("the café hotline", "café hotline", &s), 1);    /* UTF-8 bytes compare as is */
  CHECK_INT(find("cafés", "caf", &s), 0);                         /* non-ASCII is a word byte */
  CHECK_INT(find("24/7 support", "24/7", &s), 1);
  CHECK_INT(find("call 0800-123", "0800", &s), 1);
  CHECK_INT(find("", "x", &s), 0);
}

static void test_positions(void)
{
  const char *src = "line one\nzwölf äpfel QR\nthird";
  pm_text t;
  int line, col;
  pm_text_init(&t, src, strlen(src));
  pm_text_linecol(&t, 0, &line, &col);
  CHECK_INT(line, 1);
  CHECK_INT(col, 1);
  pm_text_linecol(&t, (size_t)(strstr(src, "QR") - src), &line, &col);
  CHECK_INT(line, 2);
  CHECK_INT(col, 13);       /* code points, not bytes: "zwölf äpfel " is 12 */
  pm_text_linecol(&t, strlen(src), &line, &col);
  CHECK_INT(line, 3);
  CHECK_INT(col, 6);
  pm_text_free(&t);
}

typedef struct sents {
  char text[8][64];
  int n;
} sents;

static const char *sent_src;

static int on_sent_copy(void *ud, pm_span s)
{
  sents *x = ud;
  if(x->n < 8) {
    size_t n = s.end - s.start < 63 ? s.end - s.start : 63;
    memcpy(x->text[x->n], sent_src + s.start, n);
    x->text[x->n][n] = '\0';
    x->n++;
  }
  return 1;
}

static void test_sentences(void)
{
  pm_text t;
  sents x;
  sent_src = "# Gala night\nTickets go on sale today! Call us.\n\n- Doors open 7pm\n- Dress code: black tie\nEnd";
  memset(&x, 0, sizeof x);
  pm_text_init(&t, sent_src, strlen(sent_src));
  pm_text_sentences(&t, on_sent_copy, &x);
  CHECK_INT(x.n, 6);
  CHECK_STR(x.text[0], "# Gala night");
  CHECK_STR(x.text[1], "Tickets go on sale today!");
  CHECK_STR(x.text[2], "Call us.");
  CHECK_STR(x.text[3], "- Doors open 7pm");
  CHECK_STR(x.text[4], "- Dress code: black tie");
  CHECK_STR(x.text[5], "End");
  pm_text_free(&t);
}

static void test_utf8(void)
{
  size_t bad;
  const char *why;
  CHECK(pm_utf8_check("plain", 5, &bad, &why));
  CHECK(pm_utf8_check("\xE2\x82\xAC \xF0\x9F\x98\x80", 8, &bad, &why));
  CHECK(!pm_utf8_check("ab\xFF", 3, &bad, &why));
  CHECK_INT(bad, 2);
  CHECK(!pm_utf8_check("ab\xC3", 3, &bad, &why));                 /* truncated */
  CHECK_STR(why, "truncated UTF-8 sequence");
  CHECK(!pm_utf8_check("\xC0\xAF", 2, &bad, &why));               /* overlong '/' */
  CHECK(!pm_utf8_check("\xE0\x80\xAF", 3, &bad, &why));           /* overlong */
  CHECK(!pm_utf8_check("\xED\xA0\x80", 3, &bad, &why));           /* surrogate */
  CHECK(!pm_utf8_check("\xF4\x90\x80\x80", 4, &bad, &why));       /* > U+10FFFF */
  CHECK(!pm_utf8_check("a\0b", 3, &bad, &why));
  CHECK_STR(why, "NUL byte");
  CHECK_INT(bad, 1);
}

int main(void)
{
  test_normalize();
  test_index_map();
  test_find();
  test_positions();
  test_sentences();
  test_utf8();
  CHECK_DONE();
}
