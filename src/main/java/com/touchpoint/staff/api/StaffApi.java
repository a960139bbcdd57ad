package com.touchpoint.staff.api;

import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code PUT /api/v1/staff/{employeeNo}}: create or update a staff member (API.md). */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Organisation")
class StaffApi {

    static final String REQUIRED = "{validation.required}";
    static final String TOO_LONG = "{validation.too-long}";
    static final String CODE_FORMAT = "{validation.code-format}";
    // blank is left to @NotBlank; the services strip surrounding spaces before they look a code up
    static final String CODE = "\\s*([A-Za-z0-9][A-Za-z0-9_-]*)?\\s*";

    private final StaffDirectory directory;

    StaffApi(StaffDirectory directory) {
        this.directory = directory;
    }

    @PutMapping("/{employeeNo}")
    @Operation(operationId = "putStaff", summary = "Create or update a staff member", description = """
            `post` is a post code (e.g. SHOP_SALES, FIELD_ENGINEER), `teamCode` an existing org unit of kind \
            TEAM. Every field is required. Repeating the same request changes nothing.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "staff member",
            value = "{\"name\": \"李娜\", \"post\": \"SHOP_SALES\", \"teamCode\": \"T-WEST-1\", \"hireDate\": \"2023-04-01\", \"active\": true}")))
    @ApiResponse(responseCode = "200", description = "The stored staff member.")
    @ApiResponse(responseCode = "409",
            description = "A simultaneous request created the same record first; nothing was stored. Send it again.")
    StaffResource put(@PathVariable String employeeNo, @Validated @RequestBody StaffRequest request) {
        StaffDetails saved = directory.save(new StaffChange(employeeNo, request.name(), request.post(),
                request.teamCode(), request.hireDate(), request.active()));
        return new StaffResource(saved.employeeNo(), saved.name(), saved.postCode(), saved.teamCode(),
                saved.hireDate(), saved.active());
    }

    /** The same field rules as StaffDirectory's check, so that the answer names every field at once. */
    record StaffRequest(
            @NotBlank(message = REQUIRED) @Size(max = 50, message = TOO_LONG) String name,
            @NotBlank(message = REQUIRED) @Size(max = 30, message = TOO_LONG) @Pattern(regexp = CODE, message = CODE_FORMAT)
            String post,
            @NotBlank(message = REQUIRED) @Size(max = 40, message = TOO_LONG) @Pattern(regexp = CODE, message = CODE_FORMAT)
            String teamCode,
            @NotNull(message = REQUIRED) LocalDate hireDate,
            @NotNull(message = REQUIRED) Boolean active) {
    }

    record StaffResource(String employeeNo, String name, String post, String teamCode, LocalDate hireDate,
                         boolean active) {
    }
}
