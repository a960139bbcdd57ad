package com.touchpoint.staff.api;

import com.touchpoint.staff.StaffChange;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** {@code PUT /api/v1/staff/{employeeNo}}: create or update a staff member (API.md). */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

    private final StaffDirectory directory;

    StaffApi(StaffDirectory directory) {
        this.directory = directory;
    }

    @PutMapping("/{employeeNo}")
    StaffResource put(@PathVariable String employeeNo, @RequestBody StaffRequest request) {
        StaffDetails saved = directory.save(new StaffChange(employeeNo, request.name(), request.post(),
                request.teamCode(), request.hireDate(), request.active()));
        return new StaffResource(saved.employeeNo(), saved.name(), saved.postCode(), saved.teamCode(),
                saved.hireDate(), saved.active());
    }

    record StaffRequest(String name, String post, String teamCode, LocalDate hireDate, Boolean active) {
    }

    record StaffResource(String employeeNo, String name, String post, String teamCode, LocalDate hireDate,
                         boolean active) {
    }
}
