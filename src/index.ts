/**
 * tsplotlib: Matplotlib for TypeScript.
 *
 * The object API (Figure, Axes and the artists), the pyplot state machine as a namespace, the core
 * building blocks (colors, colormaps, norms, transforms, ticker, scales, markers, rcParams, styles)
 * and the backend registry. Importing the package registers the built-in backends.
 *
 * ```ts
 * import { Figure } from 'tsplotlib';
 * const fig = new Figure({ figsize: [6, 4] });
 * const ax = fig.addSubplot();
 * ax.plot([0, 1, 2], [0, 1, 4], 'o-', { label: 'squares' });
 * ax.legend();
 * fig.savefig('squares.svg');
 * ```
 */
import './backends/index.js';

export * as pyplot from './pyplot.js';

// The object API.
export { Figure } from './figure/Figure.js';
export type { FigureOptions, SaveOptions, SubplotsOptions, SubplotsResult } from './figure/Figure.js';
export { Axes } from './figure/Axes.js';
export type { AxesOptions, PlotArg, ScatterOptions, TickParamsOptions } from './figure/Axes.js';
export { Artist } from './figure/Artist.js';
export { Axis, XAxis, YAxis } from './figure/Axis.js';
export { Line2D } from './figure/Line2D.js';
export type { Line2DOptions, MarkEvery } from './figure/Line2D.js';
export { Text } from './figure/Text.js';
export type { TextOptions } from './figure/Text.js';
export { Legend } from './figure/Legend.js';
export { Collection, PathCollection } from './figure/collections.js';
export { Patch, Rectangle, PathPatch, FancyBboxPatch } from './figure/patches.js';
export { Spine } from './figure/Spine.js';
export { GridSpec, SubplotSpec } from './figure/GridSpec.js';
export { ScalarMappable } from './figure/ScalarMappable.js';
export { FigureCanvas } from './figure/FigureCanvas.js';
export { Animation, AnimationError, ArtistAnimation, FuncAnimation } from './figure/animation/index.js';
export type {
  AnimationOptions,
  FuncAnimationOptions,
  AnimationSaveOptions,
  FrameSource,
  ArtistFrame,
  AnimationFuncResult,
} from './figure/animation/index.js';
export { EVENT_NAMES } from './figure/events.js';
export type {
  EventName,
  EventMap,
  CanvasEvent,
  LocationEvent,
  MouseEvent,
  KeyEvent,
  PickEvent,
  ResizeEvent,
  DrawEvent,
  CloseEvent,
  InputEvent,
  MouseButton,
} from './figure/events.js';

// Core building blocks.
export { TsplotlibError } from './core/errors.js';
export { Path, PathCode } from './core/Path.js';
export { Affine } from './core/Affine2D.js';
export { Bbox } from './core/Bbox.js';
export * as transforms from './core/transforms.js';
export { toRgba, toRgbaArray, toHex, isColorLike } from './core/colors.js';
export type { ColorSpec } from './core/colors.js';
export {
  Colormap,
  ListedColormap,
  LinearSegmentedColormap,
  getCmap,
  registerCmap,
  colormapNames,
} from './core/colormaps.js';
export * from './core/Normalize.js';
export * as ticker from './core/ticker/index.js';
export { createScale } from './core/scale.js';
export { MarkerStyle, MARKER_NAMES } from './core/markers.js';
export { parseFmt } from './core/fmt.js';
export { rcParams, rcParamsDefault, rcContext, rcDefaults } from './core/rcParams.js';
export { style } from './core/styles.js';
export type { Renderer, GraphicsStyle, RGBA, FontSpec, TextStyle } from './core/renderer.js';
export { registerFormat, supportedFormats } from './core/output.js';
export type { CanvasOutput, PixelRegion } from './core/canvasOutput.js';
export { Timer } from './core/Timer.js';
export type { TimerOptions } from './core/Timer.js';
export { CallbackRegistry } from './core/callbacks.js';
export { registerAnimationWriter, animationWriterNames } from './core/animationWriters.js';
export type {
  AnimationWriter,
  AnimationSession,
  AnimationFrame,
  AnimationWriterOptions,
} from './core/animationWriters.js';

// Backends.
export { registerBackend, getBackend, knownBackendNames } from './backends/registry.js';
export type { Backend, BackendFactory } from './backends/registry.js';

// Types that appear in the public signatures above.
export type { ArtistOptions, StickyEdges, StaleListener } from './figure/Artist.js';
export { AxesBase } from './figure/AxesBase.js';
export type { AxesParent } from './figure/AxesBase.js';
export type { ArrayLikeNumbers } from './figure/data.js';
export type { GridStyle, TickStyle, TickDirection } from './figure/Axis.js';
export type { CollectionOptions } from './figure/collections.js';
export type { PatchOptions, RectangleOptions, FancyBboxOptions, BoxStyleName } from './figure/patches.js';
export type { FontOptions, FontSize, FontStyle, FontWeight } from './figure/fontProps.js';
export type { GridSpecOptions, SubplotParams } from './figure/GridSpec.js';
export type { HorizontalAlignment, VerticalAlignment, TextBoxOptions } from './figure/Text.js';
export type { LegendOptions, LegendLoc, LegendParent } from './figure/Legend.js';
export type { MappableOptions } from './figure/ScalarMappable.js';
export type { SpinePosition, SpineSide } from './figure/Spine.js';
export type { CanvasFigure } from './figure/FigureCanvas.js';
export type { BboxBounds } from './core/Bbox.js';
export type { CallbackErrorHandler } from './core/callbacks.js';
export type { ColorbarExtend, ColorStop, Extremes, SegmentData } from './core/colormaps.js';
export type {
  CapStyle,
  ClipRegion,
  Dashes,
  ImageStyle,
  JoinStyle,
  PathCollectionSpec,
  RasterImage,
} from './core/renderer.js';
export type { DrawStyle, LineStyle } from './core/linestyles.js';
export type { FillStyle, MarkerSpec, MarkerStyleOptions, MarkerTuple } from './core/markers.js';
export type { ParseFmtOptions, ParsedFmt } from './core/fmt.js';
export type { FormatWriter, RenderTarget, WriteOptions } from './core/output.js';
export type { RcContextHandle, RcParams } from './core/rcParams.js';
export type { Scale } from './core/scale.js';
export type { RegisterBackendOptions, ShowOptions } from './backends/registry.js';
