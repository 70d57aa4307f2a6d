/**
 * JSON for the core values ({@code Evaluation}, {@code Metric}, {@code MetricValue}): one format
 * shared by the file registry, the audit log and the reports. Not exported.
 *
 * <p>The format, version 1:
 *
 * <ul>
 *   <li>a metric value is an exact JSON number ({@code 41250.00}, never rounded through a {@code
 *       double}), or the string {@code "NaN"} when undefined;
 *   <li>a direction is {@code "higher_is_better"} or {@code "lower_is_better"};
 *   <li>a metric alone is {@code {"name": "f1", "direction": "higher_is_better"}};
 *   <li>an evaluation is {@code {"testSetFingerprint": "sha256:…", "rows": 1000, "metrics": {"f1":
 *       {"value": 0.75, "direction": "higher_is_better"}}}}, metrics sorted by name.
 * </ul>
 *
 * <p>Readers stay lenient where a value is still unambiguous: a well-known metric ({@code
 * Metrics.byName}) may omit its direction or be written as a bare value ({@code "f1": 0.75}).
 * Unknown fields are refused, so a typo never silently drops data.
 */
@NullMarked
package dev.modelgate.core.internal.json;

import org.jspecify.annotations.NullMarked;
