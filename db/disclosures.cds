namespace scope3;

/**
 * What a disclosure framework asks, mapped to the inventory's figures: configuration, not code (docs/reporting.md,
 * "Disclosures"). `measure` is one of the figures the app computes from a year's closed-period snapshots: total,
 * totalMarket, biogenic, primaryShare, or category (one row per Scope 3 category: `categories` says whether every one of the
 * fifteen or only the significant ones, those calculated). Sustainability admins change labels, codes and order.
 */
entity DisclosureDatapoints {
  key framework  : String(20);
  key code       : String(40);
      label      : String(300);
      measure    : String(20) @mandatory @assert.range enum { total; totalMarket; biogenic; primaryShare; category };
      unit       : String(20);
      categories : String(12) @assert.range enum { every; significant };
      sortOrder  : Integer default 0;
}
