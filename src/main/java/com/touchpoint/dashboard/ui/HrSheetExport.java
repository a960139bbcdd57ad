package com.touchpoint.dashboard.ui;

import com.touchpoint.incentive.IncentiveSheets;
import com.touchpoint.layout.BackgroundWork;
import com.touchpoint.layout.Formats;
import com.touchpoint.layout.Notifications;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;

/**
 * The incentive sheet of a month, written in the background as on the Incentives page: a progress bar while
 * IncentiveSheets prepares and writes it, then a link that downloads it.
 */
class HrSheetExport extends VerticalLayout {

    private final IncentiveSheets sheets;
    private final BackgroundWork background;
    private final ProgressBar progress = new ProgressBar();
    private final Anchor download = new Anchor();

    HrSheetExport(IncentiveSheets sheets, BackgroundWork background) {
        this.sheets = sheets;
        this.background = background;
        setPadding(false);
        setSpacing(false);
        progress.setId("hr-export-progress");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        download.setId("hr-export-download");
        download.getElement().setAttribute("download", true);
        download.setVisible(false);
        add(progress, download);
    }

    void start(YearMonth month) {
        var locale = getLocale();
        download.setVisible(false);
        progress.setVisible(true);
        background.run(() -> {
            IncentiveSheets.Prepared sheet = sheets.prepare(month, locale);
            var bytes = new ByteArrayOutputStream();
            try {
                sheet.writeTo(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Sheet(sheet.fileName(), bytes.toByteArray());
        }, sheet -> {
            progress.setVisible(false);
            download.setHref(new StreamResource(sheet.name(), () -> new ByteArrayInputStream(sheet.content())));
            download.setText(getTranslation("home.hr.download", Formats.month(month)));
            download.setVisible(true);
        }, refused -> {
            progress.setVisible(false);
            Notifications.refused(refused);
        });
    }

    private record Sheet(String name, byte[] content) {
    }
}
