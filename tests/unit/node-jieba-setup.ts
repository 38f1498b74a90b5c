// The segmenter's default backend in Node unit tests (lib/claims/segment.ts imports no jieba itself).
import '../../lib/claims/node-jieba';
