/**
 * Board reports as Word documents (.docx): read the document an officer actually wrote, check it
 * before it goes into a Board pack, and draft papers from models.
 *
 * <p>Start with {@link io.github.hls4j.docx.DocxReader}: it reads a document laid out as a {@link
 * io.github.hls4j.docx.ReportTemplate} says and returns a {@link io.github.hls4j.docx.DocxImport} —
 * the {@link io.github.hls4j.governance.BoardReport} and the {@code import/*} findings of whatever
 * it could not map ({@link io.github.hls4j.docx.ImportRules}), each located in the document. A file
 * that is no readable Word document gets an {@link
 * io.github.hls4j.docx.UnreadableDocumentException}. {@link io.github.hls4j.docx.DocxWriter} puts a
 * report into a template's layout.
 *
 * <pre>{@code
 * DocxImport read = DocxReader.of(ReportTemplate.somerset()).read(Path.of("report.docx"));
 * ValidationResult found = read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
 * }</pre>
 *
 * <p>A template is data: {@link io.github.hls4j.docx.ReportTemplate#read(java.nio.file.Path)} reads
 * a council's own from JSON, and {@link io.github.hls4j.docx.ReportTemplate#somerset()} is built
 * in. The module is built on Apache POI; hls-core does not depend on it.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.hls4j.docx;

import org.jspecify.annotations.NullMarked;
