import { defineConfig } from 'vitest/config'
import { BENCH_FILES, TEST_FILES } from './shared/testing/notAppCode.js'

export default defineConfig({
  test: {
    include: TEST_FILES,
    environment: 'node',
    benchmark: { include: BENCH_FILES }
  }
})
