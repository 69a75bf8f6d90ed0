package kz.housesofdemocracy.imports.boundary;

import java.util.List;
import java.util.Map;
import kz.housesofdemocracy.imports.entity.ImportField;
import kz.housesofdemocracy.imports.entity.ImportKind;
import kz.housesofdemocracy.imports.entity.ImportStatus;

/** An import job as pages and REST show it: its file, mapping, status and progress. */
public record ImportJobView(
        long id,
        ImportKind kind,
        ImportStatus status,
        String fileName,
        String fileHash,
        List<String> headers,
        Map<String, Integer> mapping,
        List<ImportField> fields,
        int total,
        int done,
        int created,
        int updated,
        int unchanged,
        int refused,
        String errorKey) {}
