import Alpine from '/webjars/alpinejs/dist/module.esm.js';
import { useCspSafeEvaluator } from './evaluator.js';
import { app } from './app.js';

useCspSafeEvaluator(Alpine);
Alpine.data('app', app);
Alpine.start();
