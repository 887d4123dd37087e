// A tiny reader of the PDFs Chromium prints (Skia's writer): its pages, in order, and how
// much each one draws, enough to count pages and to find an empty one.
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';

/** The objects of `pdf` (a Buffer), by number: each one's dictionary and raw stream. */
function objects(pdf) {
  const text = pdf.toString('latin1');
  const found = new Map();
  const start = /(\d+) 0 obj\s*/g;
  let match;
  while ((match = start.exec(text)) !== null) {
    const from = start.lastIndex;
    const end = text.indexOf('endobj', from);
    if (end < 0) break;
    const body = text.slice(from, end);
    const streamAt = body.indexOf('stream');
    const dict = streamAt < 0 ? body : body.slice(0, streamAt);
    let stream = null;
    if (streamAt >= 0) {
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      let dataFrom = from + streamAt + 'stream'.length;
      if (text[dataFrom] === '\r') dataFrom += 1;
      if (text[dataFrom] === '\n') dataFrom += 1;
      stream = pdf.subarray(dataFrom, dataFrom + length);
    }
    found.set(Number(match[1]), { dict, stream });
    start.lastIndex = end;
  }
  return found;
}

/** The decoded drawing operators of one content stream. */
function decode({ dict, stream }) {
  if (!stream) return '';
  const data = dict.includes('/FlateDecode') ? inflateSync(stream) : stream;
  return data.toString('latin1');
}

/**
 * The pages of `pdf` in document order, each with `glyphRuns`, the number of text-showing
 * operators (Tj, TJ) it draws: a page with none prints no text.
 */
export function pdfPages(pdf) {
  const all = objects(pdf);
  const pageObjects = [...all.entries()].filter(([, o]) => /\/Type\s*\/Page(?![a-zA-Z])/.test(o.dict));
  return pageObjects.map(([number, page]) => {
    const refs = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)];
    const ops = refs.map(([, n]) => decode(all.get(Number(n)) ?? { dict: '', stream: null })).join('\n');
    return { number, glyphRuns: (ops.match(/\bT[jJ]\b/g) ?? []).length };
  });
}

/**
 * Prints `page` to PDF on `format` paper and checks it: between 1 and `most` pages, none of
 * them empty (each draws some text). Returns the page count.
 */
export async function printsOn(page, format, most) {
  const pages = pdfPages(await page.pdf({ format }));
  assert.ok(pages.length >= 1 && pages.length <= most, `${format}: ${pages.length} pages, at most ${most} allowed`);
  pages.forEach((p, i) => assert.ok(p.glyphRuns > 0, `${format}: page ${i + 1} of ${pages.length} is empty`));
  return pages.length;
}
