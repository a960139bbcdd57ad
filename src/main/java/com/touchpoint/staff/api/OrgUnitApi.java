package com.touchpoint.staff.api;

import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
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

/** {@code PUT /api/v1/org-units/{code}}: create or update an org unit (API.md). */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Organisation", description = "The staff directory and org units, kept in step by the HR system.")
class OrgUnitApi {

    private final OrgStructure org;

    OrgUnitApi(OrgStructure org) {
        this.org = org;
    }

    @PutMapping("/{code}")
    @Operation(operationId = "putOrgUnit", summary = "Create or update an org unit", description = """
            `kind` is REGION, BRANCH or TEAM; a region has no parent, a branch belongs to a region and a team \
            to a branch. Repeating the same request changes nothing.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            name = "team", value = "{\"name\": \"西城营业厅一班\", \"parentCode\": \"BR-WEST\", \"kind\": \"TEAM\"}")))
    @ApiResponse(responseCode = "200", description = "The stored unit.", content = @Content(
            schema = @Schema(implementation = OrgUnitResource.class), examples = @ExampleObject(
            name = "team", value = "{\"code\": \"T-WEST-1\", \"name\": \"西城营业厅一班\", \"parentCode\": \"BR-WEST\", \"kind\": \"TEAM\"}")))
    @ApiResponse(responseCode = "409",
            description = "A simultaneous request created the same record first; nothing was stored. Send it again.")
    OrgUnitResource put(@PathVariable String code, @Validated @RequestBody OrgUnitRequest request) {
        OrgUnitDetails saved = org.save(new OrgUnitChange(code, request.name(), request.kind(), request.parentCode()));
        return new OrgUnitResource(saved.code(), saved.name(), saved.parentCode(), saved.kind());
    }

    record OrgUnitRequest(
            @NotBlank(message = StaffApi.REQUIRED) @Size(max = 100, message = StaffApi.TOO_LONG) String name,
            @Size(max = 40, message = StaffApi.TOO_LONG) @Pattern(regexp = StaffApi.CODE, message = StaffApi.CODE_FORMAT)
            String parentCode,
            @NotNull(message = StaffApi.REQUIRED) OrgUnitKind kind) {
    }

    record OrgUnitResource(String code, String name, String parentCode, OrgUnitKind kind) {
    }
}
