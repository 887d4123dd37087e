// Loads the locale's number data off the page's main thread. The browser keeps that data
// for every thread of the page, so the app's first formatted number, which would otherwise
// pay for it (25 to 60 ms on a desktop, four times that on a slow phone), costs nothing.
// index.html starts this worker while the app downloads; it ends itself.
new Intl.NumberFormat([], { maximumFractionDigits: 0 }).format(1);
close();
