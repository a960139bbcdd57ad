package com.touchpoint.staff.api;

import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitChange;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.OrgUnitKind;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/v1/org-units/{code}}: create or update an org unit (API.md). */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApi {

    private final OrgStructure org;

    OrgUnitApi(OrgStructure org) {
        this.org = org;
    }

    @PutMapping("/{code}")
    OrgUnitResource put(@PathVariable String code, @RequestBody OrgUnitRequest request) {
        OrgUnitDetails saved = org.save(new OrgUnitChange(code, request.name(), request.kind(), request.parentCode()));
        return new OrgUnitResource(saved.code(), saved.name(), saved.parentCode(), saved.kind());
    }

    record OrgUnitRequest(String name, String parentCode, OrgUnitKind kind) {
    }

    record OrgUnitResource(String code, String name, String parentCode, OrgUnitKind kind) {
    }
}
