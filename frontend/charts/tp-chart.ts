import { LitElement, css, html, nothing } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, RadarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the Java wrapper (com.touchpoint.layout.Chart) asks for, so the bundle stays small.
echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  RadarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

type Option = Record<string, any>;

/** The same figures for screen readers, as Java's Chart.Table gives them. */
interface Table {
  caption: string;
  header: string[];
  rows: string[][];
}

/**
 * An Apache ECharts chart. Java sets `option` (the ECharts option as JSON) and `lang`; the component follows
 * the page's light/dark theme (Lumo's `theme="dark"` on <html> or <body>), redraws when its size changes and
 * lets go of ECharts when it leaves the page. Java also sets `table`, the same figures as JSON, which is drawn as a
 * table hidden from the eye but read out by screen readers (in a 1 px box that clips it).
 */
export class TpChart extends LitElement {
  static properties = {
    option: {},
    table: {},
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      height: 240px;
      min-width: 0;
    }
    #chart {
      width: 100%;
      height: 100%;
    }
    .tp-chart-fallback {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: -1px !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip: rect(0 0 0 0) !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      border: 0 !important;
    }
  `;

  /** The ECharts option, as a JSON string (from Java) or an object. */
  declare option: string | Option | undefined;

  /** The figures for screen readers, as a JSON string (from Java) or an object. */
  declare table: string | Table | undefined;

  private chart?: echarts.ECharts;
  private drawnWith = '';
  private resizeObserver?: ResizeObserver;
  private themeObserver?: MutationObserver;

  render() {
    return html`<div id="chart" role="img" aria-label=${this.getAttribute('aria-label') ?? ''}></div>${this.fallback()}`;
  }

  private fallback() {
    const table: Table | undefined = typeof this.table === 'string' && this.table !== ''
      ? JSON.parse(this.table) : (this.table as Table | undefined);
    if (!table) {
      return nothing;
    }
    const [first, ...rest] = table.header;
    return html`<div class="tp-chart-fallback"><table>
      <caption>${table.caption}</caption>
      <thead><tr><th scope="col">${first}</th>${rest.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${table.rows.map(([head, ...cells]) =>
        html`<tr><th scope="row">${head}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
    </table></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    this.themeObserver = new MutationObserver(() => this.draw());
    const watched = { attributes: true, attributeFilter: ['theme', 'lang'] };
    this.themeObserver.observe(document.documentElement, watched);
    if (document.body) {
      this.themeObserver.observe(document.body, watched);
    }
    this.themeObserver.observe(this, { attributes: true, attributeFilter: ['lang', 'aria-label'] });
  }

  disconnectedCallback() {
    this.themeObserver?.disconnect();
    this.themeObserver = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.dispose();
    super.disconnectedCallback();
  }

  firstUpdated() {
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
  }

  updated() {
    this.draw();
  }

  private get area(): HTMLElement | null {
    return this.renderRoot.querySelector('#chart');
  }

  private dark(): boolean {
    const dark = (el: Element | null) => (el?.getAttribute('theme') ?? '').split(/\s+/).includes('dark');
    return dark(document.documentElement) || dark(document.body) || this.closest('[theme~="dark"]') !== null;
  }

  private language(): 'ZH' | 'EN' {
    const lang = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
    return lang.toLowerCase().startsWith('zh') ? 'ZH' : 'EN';
  }

  private parsed(): Option | undefined {
    if (this.option === undefined || this.option === null || this.option === '') {
      return undefined;
    }
    return typeof this.option === 'string' ? JSON.parse(this.option) : this.option;
  }

  /** (Re)draws: a new theme or language needs a new ECharts instance, a new option only a new setOption. */
  private draw() {
    const area = this.area;
    const option = this.parsed();
    if (!area || !option) {
      return;
    }
    area.setAttribute('aria-label', this.getAttribute('aria-label') ?? '');
    const theme = this.dark() ? 'dark' : 'light';
    const locale = this.language();
    const setup = theme + '/' + locale;
    if (!this.chart || this.drawnWith !== setup) {
      this.dispose();
      this.chart = echarts.init(area, theme === 'dark' ? 'dark' : undefined, { renderer: 'svg', locale });
      this.drawnWith = setup;
    }
    this.chart.setOption(this.withFormatters(option, getComputedStyle(this).fontFamily), true);
    this.setAttribute('data-drawn', setup);
  }

  private dispose() {
    if (this.chart) {
      this.chart.dispose();
      this.chart = undefined;
      this.drawnWith = '';
    }
  }

  /**
   * JSON cannot carry functions: number formatting (one decimal unless the option says otherwise), the heat map's
   * cell labels and tooltips are added here.
   */
  private withFormatters(option: Option, fontFamily: string): Option {
    const decimals: number = typeof option.tpDecimals === 'number' ? option.tpDecimals : 1;
    const number = (v: unknown) => {
      const raw = Array.isArray(v) ? v[v.length - 1] : v;
      if (raw === null || raw === undefined || raw === '-' || raw === '' || !Number.isFinite(Number(raw))) {
        return '–';
      }
      // half up on the shortest decimal form, as the server rounds (toFixed would give 80.3 for 80.35)
      const n = Number(raw);
      const size = Math.abs(n) < 1e-6 ? '0' : String(Math.abs(n));
      const rounded = Math.sign(n) * Number(Math.round(Number(size + 'e' + decimals)) + 'e-' + decimals);
      return rounded.toFixed(decimals);
    };
    const result: Option = { ...option, backgroundColor: 'transparent' };
    delete result.tpDecimals;
    result.textStyle = { fontFamily, ...(option.textStyle ?? {}) };
    if (result.tooltip) {
      result.tooltip = { ...result.tooltip, valueFormatter: number };
    }
    const series = Array.isArray(result.series) ? result.series : [];
    result.series = series.map((s: Option) => {
      if (s.type !== 'heatmap') {
        return s;
      }
      const columns: string[] = result.xAxis?.data ?? [];
      const rows: string[] = result.yAxis?.data ?? [];
      return {
        ...s,
        label: { ...(s.label ?? {}), formatter: (p: any) => number(p.value) },
        tooltip: {
          formatter: (p: any) => {
            const [column, row, value] = p.value as [number, number, number];
            const text = (t: string) => String(t).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
            return `${text(rows[row])} · ${text(columns[column])}<br/>${p.marker}<b>${number(value)}</b>`;
          },
        },
      };
    });
    return result;
  }
}

customElements.define('tp-chart', TpChart);

declare global {
  interface HTMLElementTagNameMap {
    'tp-chart': TpChart;
  }
}
