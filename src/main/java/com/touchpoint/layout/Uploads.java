package com.touchpoint.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;

import java.util.List;
import java.util.Locale;

/**
 * Configures every file upload the same way: one file of the accepted types, at most the size the server
 * accepts ({@code spring.servlet.multipart.max-file-size}, so the field never promises more than the server
 * takes), the limit in a help text, translated labels, and a translated message naming a refused file.
 */
@org.springframework.stereotype.Component
public class Uploads {

    private final long maxFileBytes;

    public Uploads(MultipartProperties multipart) {
        this.maxFileBytes = multipart.getMaxFileSize().toBytes();
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Configures the upload and returns it together with its help text, ready to add to a view. */
    public Div configure(Upload upload, String... acceptedTypes) {
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
        String limit = sizeText(maxFileBytes);
        String types = String.join(" ", acceptedTypes);
        upload.setI18n(i18n(upload, limit, types));
        upload.addFileRejectedListener(e -> Notifications.error(upload.getTranslation("upload.rejected",
                e.getFileName() == null ? "" : e.getFileName(), e.getErrorMessage())));
        var help = new Span(upload.getTranslation("upload.help", types, limit));
        help.addClassName("upload-help");
        upload.getId().ifPresent(id -> help.setId(id + "-help"));
        help.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var box = new Div(upload, help);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return box;
    }

    private static UploadI18N i18n(Component upload, String limit, String types) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add-file"))
                .setMany(upload.getTranslation("upload.add-file")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop-file"))
                .setMany(upload.getTranslation("upload.drop-file")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.error.too-big", limit))
                .setIncorrectFileType(upload.getTranslation("upload.error.type", types)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.server-unavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden", limit))));
        i18n.setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"), 1024);
        return i18n;
    }

    /** 52428800 → "50 MB"; whole megabytes as the property is usually written. */
    static String sizeText(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return (bytes / mb) + " MB";
        }
        if (bytes >= mb) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
        }
        return (bytes / 1024) + " kB";
    }
}
