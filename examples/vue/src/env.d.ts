// Single-file components, for tsc (vue-tsc, which checks templates too, is not installed here).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
