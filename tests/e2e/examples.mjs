// Example links: listed in the README, opened by the end-to-end test, each with figures its
// result must show. Links made by this release must keep decoding to the same results.
export const EXAMPLES = [
  {
    title: 'Guide example 1: 1 macro vs 5 micro ($10,000 each way)',
    query: '?v=1&calc=roi',
    result: '#roi-result',
    shows: ['6,000', '13,750', '120', '275', '$83', '$36'],
  },
  {
    title: 'Guide example 2: 1 macro vs 10 micro, ranges',
    query: '?v=1&calc=roi&roi.n=2&roi.1.reach=400000&roi.1.er=0.75-1&roi.2.name=10%20micro%20influencers&roi.2.creators=10&roi.2.cost=1000&roi.2.reach=300000-400000&roi.2.er=5',
    result: '#roi-result',
    shows: ['$0.50–$0.67', '$2.50–$3.33', '(3–6×)'],
  },
  {
    title: '$25,000 three ways: 1 macro vs 5 micro vs 10 micro, with the chance of the lowest cost',
    query: '?v=1&calc=roi&roi.n=3&roi.1.cost=25000&roi.1.reach=1000000&roi.1.er=0.75-1&roi.2.cost=5000&roi.2.reach=300000&roi.2.er=5-6.5&roi.3.name=10%20micro%20influencers&roi.3.creators=10&roi.3.cost=2500&roi.3.reach=300000-400000&roi.3.er=4-6',
    result: '#roi-result',
    shows: [
      '$64–$83',
      '$52–$104',
      'No clear winner on cost per conversion. Lowest in 54% of simulated outcomes for 10 micro influencers, in 46% for 5 micro influencers.',
    ],
  },
  {
    title: 'A 600K TikTok account',
    query: '?v=1&tier.platform=tiktok&tier.followers=600000',
    result: '#tier-result',
    shows: ['Macro influencer', '500K–5M'],
  },
  {
    title: 'Engagement of a 40K Instagram account',
    query: '?v=1&calc=engagement&er.followers=40000&er.likes=2000&er.comments=60',
    result: '#er-result',
    shows: ['5.15%', 'Typical for a micro Instagram account', 'Good'],
  },
  {
    title: "A rate card with the guide's bundle: 3 posts for $1,500 instead of $600 each",
    query: '?v=1&calc=card&card.offers=post%20600%0A3%20posts%3A%201500',
    result: '#card-result .rate-card',
    shows: ['Bundle: 3 Instagram posts for $1,500 instead of $600 each: $300 less than bought singly.', 'Within the range'],
  },
  {
    title: 'Budget rule on $10,000',
    query: '?v=1&calc=budget',
    result: '#budget-result',
    shows: ['$5,500', '$3,000', '$1,500'],
  },
  {
    title: '5,000 fake followers on a 25,000 account',
    query: '?v=1&calc=authenticity&auth.followers=25000&auth.sample=50&auth.fake=10',
    result: '#auth-result',
    // Past the suspicious 10% on its own: moderate risk, not "Low risk" beside "suspicious".
    shows: ['20%', 'Risk 25 / 100 Moderate'],
  },
];
