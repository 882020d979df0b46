import fc from 'fast-check';
import { escapeHtml, html, rawHtml, scriptJson } from '#sandbox/server/html';

test('interpolated text is escaped, nested templates and rawHtml are not', () => {
  const name = '<img src=x onerror="alert(1)">';
  const inner = html`<b>${name}</b>`;
  expect(html`<p title="${name}">${inner}${rawHtml('<i>ok</i>')}</p>`.value).toBe(
    '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"><b>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</b><i>ok</i></p>',
  );
});

test('lists render in order and empty values render as nothing', () => {
  expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${null}${undefined}${false}`.value).toBe('<ul><li>a</li><li>b</li></ul>');
});

test('no escaped string can open a tag or close an attribute', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const escaped = escapeHtml(text);
      expect(escaped).not.toMatch(/[<>"']/);
    }),
  );
});

test('JSON placed in a script element cannot end the script early and parses back to the same value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom('</script>', '<!--', '\u2028'), (value, nasty) => {
      const payload = { value, nasty };
      const text = scriptJson(payload).value;
      expect(text.toLowerCase()).not.toContain('</script');
      expect(text).not.toContain('<!--');
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(payload)));
    }),
  );
});
