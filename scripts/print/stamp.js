// Appended to Trunk's inline loader by scripts/post_build.mjs (so the CSP hash covers it):
// just before the page prints, the stamp under the heading (index.html, #print-stamp; shown
// only in print) gets the day and the screen's link, so that a printout leads back to the
// live page. The link is the URL the app keeps in step with every input.
addEventListener('beforeprint', () => {
  const stamp = document.getElementById('print-stamp');
  if (stamp) stamp.textContent = `Printed ${new Date().toISOString().slice(0, 10)} from ${location.href}`;
});
