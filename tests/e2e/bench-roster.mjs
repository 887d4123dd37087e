// The roster's speed figure for tests/e2e/bench.mjs (not a timed test): 100 creators pasted
// with a $100,000 budget, from the input event to the mix on screen (parsing, every
// creator's figures, the exact mix and the table, in the results worker), warm.

/** 100 tab-separated rows; `variant` changes one figure so that each paste is new work. */
export function hundredRows(variant) {
  const rows = ['Handle\tPlatform\tFollowers\tAvg likes\tAvg comments\tQuoted price'];
  const platforms = ['Instagram', 'TikTok', 'YouTube', 'Instagram'];
  for (let i = 0; i < 100; i += 1) {
    const followers = 3_000 + ((i * 7_919) % 400_000) + variant;
    const likes = Math.round(followers * (0.01 + ((i * 37) % 70) / 1_000));
    const price = 100 + ((i * 104_729 + followers) % 9_900);
    rows.push(`creator${i}\t${platforms[i % 4]}\t${followers}\t${likes}\t${Math.round(likes / 25)}\t${price}`);
  }
  return rows.join('\n');
}

/** Times `edits` pastes of 100 rows on the roster with a $100,000 budget (ms each). */
export async function rosterTimes(browser, url, edits = 20) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const times = [];
  try {
    await page.goto(`${url}?v=1&calc=roster`);
    await page.waitForSelector('#roster-text');
    await page.fill('#roster-budget', '100000');
    await page.fill('#roster-text', hundredRows(0));
    await page.waitForSelector('#roster-mix .headline', { timeout: 30_000 });
    for (let i = 1; i <= edits + 3; i += 1) {
      const time = await page.evaluate(async (text) => {
        const slot = document.querySelector('#result-body');
        const old = document.querySelector('#roster-mix .headline')?.textContent;
        const input = document.querySelector('#roster-text');
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        return new Promise((resolve) => {
          const check = () => {
            const now = document.querySelector('#roster-mix .headline')?.textContent;
            if (slot.getAttribute('aria-busy') === 'false' && now && now !== old) resolve(performance.now() - start);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      }, hundredRows(i * 1_000));
      if (i > 3) times.push(time);
    }
  } finally {
    await context.close();
  }
  return times;
}

/** The markdown section. */
export function rosterMarkdown(times, median, quantile, ms) {
  const m = median(times);
  return [
    '### Roster: 100 creators pasted, mix for $100,000', '',
    `${times.length} pastes of 100 rows (warm worker): from the input event to the mix and table on screen, median **${ms(m)}**, p95 ${ms(quantile(times, 0.95))} (target ≤ 100 ms: ${m <= 100 ? 'met' : '**missed**'}).`, '',
  ].join('\n');
}
