// Appended to Trunk's inline loader by scripts/post_build.mjs (so the CSP hash covers it):
// just before the page prints, the stamp under the heading (index.html, #print-stamp; shown
// only in print) gets the day and the screen's link, so that a printout leads back to the
// live page. The link is the URL the app keeps in step with every input. A roster's link
// carries its rows after the # (a thousand characters and more): that part is not printed,
// and the stamp says so, since nobody types it back from paper.
addEventListener('beforeprint', () => {
  const stamp = document.getElementById('print-stamp');
  if (!stamp) return;
  const { href, hash } = location;
  const long = hash.length > 120;
  const link = long ? href.slice(0, href.length - hash.length) : href;
  const rest = long ? ' (its rows are in the full link: use Copy link)' : '';
  stamp.textContent = `Printed ${new Date().toISOString().slice(0, 10)} from ${link}${rest}`;
});
