/** A small line of a KPI's last periods, in plain SVG; gaps where a period has no value. */
export function Sparkline({ values, label, width = 96, height = 24 }: { values: readonly (number | null)[]; label: string; width?: number; height?: number }) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const pad = 2;
  const x = (i: number) => pad + (values.length <= 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) * (height - 2 * pad)) / (max - min));
  // One polyline per run of known values, so a missing period shows as a gap rather than a made-up line.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run.join(' '));
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  return (
    <svg className="kpi-spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {runs.map((points) =>
        points.includes(' ') ? (
          <polyline key={points} className="kpi-spark-line" points={points} />
        ) : (
          <circle key={points} className="kpi-spark-last" cx={points.split(',')[0]} cy={points.split(',')[1]} r={1.5} />
        ),
      )}
      {last !== null && last !== undefined ? <circle className="kpi-spark-last" cx={x(lastIndex)} cy={y(last)} r={2.5} /> : null}
    </svg>
  );
}
