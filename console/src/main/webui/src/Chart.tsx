import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent, TitleComponent, AriaComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

// only what the console draws, so the chart chunk stays small
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, TitleComponent, AriaComponent, CanvasRenderer]);

/** An ECharts chart with a text alternative for screen readers (aria label and description). */
export function Chart({ option, height = 320, label }: { option: any; height?: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = echarts.init(ref.current!, undefined, { locale: "ZH" });
    chart.setOption({ aria: { enabled: true }, ...option });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: "100%", height }} />;
}

/** Bars of counts per category, one series per key. */
export function barOption(categories: string[], series: Array<{ name: string; data: number[]; color?: string }>, stack = false) {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 40 },
    xAxis: { type: "category", data: categories, axisLabel: { interval: 0, rotate: categories.length > 8 ? 30 : 0 } },
    yAxis: { type: "value", minInterval: 1 },
    series: series.map((s) => ({ type: "bar", name: s.name, data: s.data, stack: stack ? "total" : undefined, itemStyle: s.color ? { color: s.color } : undefined })),
  };
}
