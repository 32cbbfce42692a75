/// The page's style sheet: plain, printable, no external fonts or images.
enum ReportStyle {
    static let css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; \
        max-width: 1100px; padding: 16px 24px; color: #1d1d1f; background: #ffffff; line-height: 1.4; }
        h1 { font-size: 1.6em; margin: 0.2em 0; }
        h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 2px solid #d0d7de; padding-bottom: 4px; }
        h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
        p.meta { color: #57606a; margin: 0.2em 0; }
        nav ul { columns: 2; padding-left: 1.2em; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
        th, td { border: 1px solid #d0d7de; padding: 3px 8px; vertical-align: top; }
        th { background: #f3f5f7; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.mark { text-align: center; font-weight: 600; }
        td.warn { color: #7a4b00; font-size: 0.9em; }
        tr.mismatch td.platform { background: #fff3cd; }
        .charts { display: flex; flex-wrap: wrap; gap: 12px; }
        svg.chart { width: 100%; max-width: 640px; height: auto; border: 1px solid #e1e4e8; background: #fcfcfc; }
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
        @media print { h2 { page-break-before: always; } svg.chart { max-width: 100%; } }
        """
}
