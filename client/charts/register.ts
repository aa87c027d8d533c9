/**
 * The one place ECharts parts are registered: only what the charts use, so the bundle stays
 * small. Imported (for its side effect) by the chart components only, so ECharts is loaded
 * with the route pages that draw charts, never in the initial chunk. Add a part here when a
 * builder starts using it.
 */
import { BarChart, BoxplotChart, CustomChart, LineChart, SankeyChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  BoxplotChart,
  CustomChart,
  LineChart,
  SankeyChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);
