/// The page's style sheet: plain, printable, no external fonts or images.
///
/// On a screen the charts share the width in a grid (three side by side at 1280 px, one on a phone),
/// and a table wider than the page scrolls inside its own box (`.table-wrap`) instead of widening the
/// page. In print the page is A4 portrait: two charts per row, tables at the page's width with their
/// text wrapped, each subject and term on a new page; nothing is wider than the paper.
enum ReportStyle {
    static let css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; \
        max-width: 1240px; padding: 16px 24px; color: #1d1d1f; background: #ffffff; line-height: 1.4; }
        h1 { font-size: 1.6em; margin: 0.2em 0; }
        h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 2px solid #d0d7de; padding-bottom: 4px; }
        h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
        p.meta { color: #57606a; margin: 0.2em 0; }
        nav ul { columns: 2; padding-left: 1.2em; }
        .table-wrap { max-width: 100%; overflow-x: auto; margin: 0.5em 0 1em; }
        table { border-collapse: collapse; font-size: 0.92em; }
        th, td { border: 1px solid #d0d7de; padding: 3px 8px; vertical-align: top; }
        th { background: #f3f5f7; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.mark { text-align: center; font-weight: 600; }
        td.warn { color: #7a4b00; font-size: 0.9em; }
        tr.mismatch td.platform { background: #fff3cd; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px; }
        svg.chart { display: block; width: 100%; max-width: 760px; height: auto; border: 1px solid #e1e4e8; \
        background: #fcfcfc; }
        svg .chart-title { font-size: 15px; font-weight: 600; text-anchor: middle; fill: #1d1d1f; }
        svg .axis { stroke: #57606a; stroke-width: 1; }
        svg .grid { stroke: #e1e4e8; stroke-width: 1; }
        svg .axis-label { font-size: 12px; text-anchor: middle; fill: #57606a; }
        svg .tick { font-size: 11px; fill: #57606a; }
        svg .tick-x { text-anchor: middle; }
        svg .tick-y { text-anchor: end; }
        svg .tick-turned { text-anchor: end; }
        svg .legend { font-size: 12px; fill: #1d1d1f; }
        svg .bar-label { font-size: 11px; text-anchor: middle; fill: #ffffff; font-weight: 600; }
        svg .plot-area { fill: #ffffff; stroke: #57606a; stroke-width: 1; }
        svg .band-line { stroke: #888888; stroke-width: 1; stroke-dasharray: 4 3; }
        svg .diagonal { stroke: #c0c0c0; stroke-width: 1; stroke-dasharray: 2 4; }
        svg .point { stroke: #ffffff; stroke-width: 1; opacity: 0.9; }
        .legend-note { color: #57606a; font-size: 0.9em; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9pt; }
          h2 { break-before: page; }
          nav ul { columns: 1; }
          .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
          svg.chart { max-width: none; break-inside: avoid; }
          .table-wrap { overflow: visible; }
          table { width: 100%; font-size: 8pt; }
          th, td { padding: 2px 3px; overflow-wrap: anywhere; }
          td.num { white-space: normal; }
          tr { break-inside: avoid; }
        }
        """
}
