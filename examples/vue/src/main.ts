// Defines every coe- element, then mounts the Vue app that uses them.
import 'coe-partnership-widgets/all.js';
import { createApp } from 'vue';
import '../../shared/host.css';
import App from './App.vue';

createApp(App).mount('#app');
